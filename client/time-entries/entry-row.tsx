import { A } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { netMinutes } from '../../shared/time-entries/rules';
import type { TimeEntry } from '../../shared/time-entries/schema';
import { useAuthed } from '../auth/authed-context';
import { formatHours, t } from '../i18n/i18n';

export function EntryRow(props: { entry: TimeEntry; unsynced: boolean }): JSX.Element {
  const { lookups } = useAuthed();
  const e = () => props.entry;
  return (
    <li>
      <A href={`/zeiten/${e().id}`} class="card" data-testid="entry-row" data-state={e().state}>
        <div class="card-top">
          <span class="card-time">
            {e().start}–{e().end}
          </span>
          <span class="card-time">{t('hours.net', { hours: formatHours(netMinutes(e())) })}</span>
        </div>
        <p class="card-line">
          <strong>{lookups.municipality(e().municipalityId)?.name ?? '…'}</strong> ·{' '}
          {lookups.serviceType(e().serviceTypeId)?.name ?? '…'}
        </p>
        <p class="card-line card-muted">
          {t('hours.break', { min: e().breakMinutes })}
          <Show when={e().note}> · {e().note}</Show>
        </p>
        <p class="card-line">
          <span class={`badge badge-${e().state}`}>{t(`hours.state.${e().state}`)}</span>{' '}
          <Show when={props.unsynced}>
            <span class="badge badge-unsynced" data-testid="entry-unsynced">
              <span aria-hidden="true">⟳ </span>
              {t('hours.unsynced')}
            </span>
          </Show>
        </p>
      </A>
    </li>
  );
}
