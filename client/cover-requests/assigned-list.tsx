import { For, type JSX, Show } from 'solid-js';
import type { CoverRequest } from '../../shared/cover-requests/schema';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { announce } from '../ui/announce';
import { focusAfter } from '../ui/focus';
import { updateCoverRequest } from './local-writes';
import { FillProblem } from './fill-problem';
import { RequestCard } from './request-card';
import { ct } from './texts';

/** Requests someone covers, for planners to mark done once the cover has happened (assigned → done). */
export function AssignedList(props: { personName: (id: string | null) => string }): JSX.Element {
  const { db } = useAuthed();
  const assigned = createLiveQuery(
    async () =>
      (await db.coverRequests.toArray())
        .filter((r) => r.state === 'assigned')
        .sort((a, b) => (a.slots[0]?.start ?? '').localeCompare(b.slots[0]?.start ?? '')),
    [],
  );
  const finish = async (r: CoverRequest, button: HTMLElement) => {
    await updateCoverRequest(db, r.id, { state: 'done' });
    announce(ct('finished'));
    focusAfter(['#cover-assigned-title'], button);
  };
  return (
    <section aria-labelledby="cover-assigned-title">
      <h2 id="cover-assigned-title">{ct('assignedTitle')}</h2>
      <Show when={assigned().length > 0} fallback={<p class="empty">{ct('noAssigned')}</p>}>
        <ul class="plain-list">
          <For each={assigned()}>
            {(r) => (
              <RequestCard request={r} personName={props.personName}>
                <FillProblem request={r} personName={props.personName} />
                <button type="button" class="btn" onClick={(e) => void finish(r, e.currentTarget)}>
                  {ct('finish')}
                </button>
              </RequestCard>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
