import { type JSX, Show } from 'solid-js';
import { formatDate } from '../i18n/i18n';
import type { AbsenceView } from './queries';
import { abt } from './texts';

/** "7.12.2026 – 8.12.2026", or with times for part days. */
export const datesOf = (a: AbsenceView): string =>
  a.startTime && a.endTime
    ? abt('times', { from: formatDate(a.from), start: a.startTime, to: formatDate(a.to), end: a.endTime })
    : abt('dates', { from: formatDate(a.from), to: formatDate(a.to) });

/**
 * One absence as a card: dates, status and, where this device holds them, kind and note. Colleagues'
 * devices have no details and show "abwesend" only.
 */
export function AbsenceItem(props: { absence: AbsenceView; showPerson?: boolean; children?: JSX.Element }) {
  const a = () => props.absence;
  return (
    <li class="card" data-testid="absence-item" data-status={a().status}>
      <Show when={props.showPerson}>
        <h3>{a().personName}</h3>
      </Show>
      <p>
        <strong>{datesOf(a())}</strong> · {a().detail ? abt(`kind.${a().detail!.kind}`) : abt('absent')} ·{' '}
        {abt(`status.${a().status}`)}
        <Show when={a().deciderName}> ({abt('decidedBy', { name: a().deciderName })})</Show>
      </p>
      <Show when={a().detail?.note}>
        <p class="card-muted">{a().detail!.note}</p>
      </Show>
      {props.children}
    </li>
  );
}
