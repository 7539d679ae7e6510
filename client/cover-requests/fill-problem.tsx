import { A } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import type { CoverRequest } from '../../shared/cover-requests/schema';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { ct } from './texts';

/** Refusals of a fill that this request's card explains; every refusal also stays on the sync page. */
const FILL_REFUSALS = ['already_covered', 'double_booked', 'request_cancelled'] as const;
type FillRefusal = (typeof FILL_REFUSALS)[number];
const isFillRefusal = (code: string): code is FillRefusal => (FILL_REFUSALS as readonly string[]).includes(code);

/**
 * A fill this device sent that the server refused, said at the request: another coordinator was faster
 * ("already covered", with who covers it now), the chosen person was booked meanwhile, or it was cancelled.
 */
export function FillProblem(props: { request: CoverRequest; personName: (id: string | null) => string }): JSX.Element {
  const { db } = useAuthed();
  const refusal = createLiveQuery(
    async () => {
      const mine = await db.problems
        .filter((p) => p.table === 'coverRequests' && p.rowId === props.request.id)
        .toArray();
      const last = mine.filter((p) => isFillRefusal(p.code)).at(-1);
      if (!last) return null;
      const changes = 'changes' in last.args ? (last.args.changes as Partial<CoverRequest>) : {};
      return { code: last.code as FillRefusal, chosen: changes.coveredBy ?? null };
    },
    null,
    () => props.request.id,
  );
  const text = (r: { code: FillRefusal; chosen: string | null }) =>
    r.code === 'already_covered'
      ? ct('alreadyCovered', { name: props.personName(props.request.coveredBy) })
      : r.code === 'double_booked'
        ? ct('chosenBooked', { name: props.personName(r.chosen) })
        : ct('fillCancelled');
  return (
    <Show when={refusal()}>
      {(r) => (
        <p class="notice notice-warn" data-testid="cover-fill-refused" data-code={r().code}>
          {text(r())} <A href="/sync">{ct('seeSync')}</A>
        </p>
      )}
    </Show>
  );
}
