import { A } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import type { Assignment } from '../../shared/assignments/schema';
import { useAuthed } from '../auth/authed-context';
import { siteAddress } from '../masterdata/lookups';
import { timeRange } from './queries';
import { StatusBadge } from './status-badge';

export function AssignmentCard(props: { assignment: Assignment }): JSX.Element {
  const { user, lookups } = useAuthed();
  const a = () => props.assignment;
  const site = () => lookups.site(a().siteId);
  return (
    <li>
      <A
        href={`/einsatz/${a().id}`}
        class="card"
        classList={{ 'is-cancelled': a().status === 'cancelled' }}
        data-testid="assignment-card"
      >
        <div class="card-top">
          <span class="card-time">{timeRange(a(), user.timeZone)}</span>
          <StatusBadge status={a().status} />
        </div>
        <p class="card-line">
          <strong>{lookups.municipality(a().municipalityId)?.name ?? '…'}</strong>
        </p>
        <Show when={site()}>
          {(s) => (
            <p class="card-line">
              {s().name}
              <br />
              <span class="card-muted">{siteAddress(s())}</span>
            </p>
          )}
        </Show>
        <p class="card-line card-muted">{lookups.serviceType(a().serviceTypeId)?.name}</p>
        <Show when={a().task}>
          <p class="card-task">{a().task}</p>
        </Show>
      </A>
    </li>
  );
}
