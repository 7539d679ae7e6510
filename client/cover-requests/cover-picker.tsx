import { createMemo, For, type JSX, Show } from 'solid-js';
import type { CoverRequest } from '../../shared/cover-requests/schema';
import type { Person } from '../../shared/masterdata/schemas';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { announce } from '../ui/announce';
import { candidatesFor } from './candidates';
import { focusAfter } from '../ui/focus';
import { fillCoverRequest } from './local-writes';
import { ct } from './texts';

/**
 * Where a planner picks who covers a request: the place for the ranked candidates (issue 16, point 3);
 * for now the active people with the needed skills. Picking one queues the fill, which creates the
 * assignments when the server accepts it.
 */
export function CoverPicker(props: { request: CoverRequest }): JSX.Element {
  const { db } = useAuthed();
  const people = createLiveQuery(() => db.people.toArray(), []);
  const candidates = createMemo(() => candidatesFor(props.request, people()));
  const headingId = () => `cover-${props.request.id}-candidates`;
  const pick = async (p: Person, button: HTMLElement) => {
    await fillCoverRequest(db, props.request, p.id);
    announce(ct('assigned', { name: p.displayName }));
    focusAfter(['#cover-requests-list', 'main h1'], button);
  };
  return (
    <div class="cover-picker">
      <h4 id={headingId()}>{ct('candidates')}</h4>
      <Show when={candidates().length > 0} fallback={<p class="empty">{ct('noCandidates')}</p>}>
        <ul class="plain-list" aria-labelledby={headingId()}>
          <For each={candidates()}>
            {(p) => (
              <li>
                <button type="button" class="btn" onClick={(e) => void pick(p, e.currentTarget)}>
                  {ct('assign', { name: p.displayName })}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
