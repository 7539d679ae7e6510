import { For, type JSX, Show } from 'solid-js';
import type { CoverRequest } from '../../shared/cover-requests/schema';
import { useAuthed } from '../auth/authed-context';
import { formatDayShort } from '../i18n/i18n';
import { dayOf } from './slots';
import { ct } from './texts';

/**
 * One request as both sides read it: where, when, what is needed, its state and who is coming.
 * `children` holds the actions of whoever looks at it (cancel for the requester, the picker for planners).
 */
export function RequestCard(props: {
  request: CoverRequest;
  personName: (id: string | null) => string;
  children?: JSX.Element;
}): JSX.Element {
  const { user, lookups } = useAuthed();
  const r = () => props.request;
  return (
    <li class="card" data-testid="cover-request" aria-labelledby={`cover-${r().id}-title`}>
      <div class="card-top">
        <h3 class="card-line" id={`cover-${r().id}-title`}>
          {lookups.municipality(r().municipalityId)?.name} · {lookups.site(r().siteId)?.name}
        </h3>
        <span class={`badge badge-cover-${r().state}`}>{ct(`state_${r().state}`)}</span>
      </div>
      <ul class="card-line">
        <For each={r().slots}>
          {(s) => {
            const d = dayOf(s, user.timeZone);
            return (
              <li>
                {formatDayShort(d.date)}, {d.from}–{d.to}
              </li>
            );
          }}
        </For>
      </ul>
      <p class="card-line card-muted">
        {lookups.serviceType(r().serviceTypeId)?.name}
        <Show when={r().skills.length > 0}> · {r().skills.join(', ')}</Show>
        <Show when={r().urgency === 'urgent'}> · {ct('urgent')}</Show>
      </p>
      <Show when={r().note}>
        <p class="card-task">{r().note}</p>
      </Show>
      <Show when={r().coveredBy}>
        <p class="card-line" data-testid="cover-coming">
          {ct('coming', { name: props.personName(r().coveredBy) })}
        </p>
      </Show>
      {props.children}
    </li>
  );
}
