import { can, type HasRoles } from '../capabilities/capabilities';
import type { Issue } from '../errors/errors';
import type { CoverRequest, CoverState } from './schema';

/** Who acts on a request: its municipality's contact (or whoever asked), or a planner of the association. */
export type CoverActor = 'requester' | 'planner';

/**
 * The state machine: open → assigned (a planner fills it) → done, or open → cancelled (either side,
 * while nobody is coming yet). Done and cancelled are final.
 */
export const coverMoves: Readonly<Record<CoverState, Partial<Record<CoverState, readonly CoverActor[]>>>> = {
  open: { assigned: ['planner'], cancelled: ['requester', 'planner'] },
  assigned: { done: ['planner'] },
  done: {},
  cancelled: {},
};

export const mayMove = (from: CoverState, to: CoverState, actor: CoverActor): boolean =>
  coverMoves[from][to]?.includes(actor) ?? false;

/** The states a request can still go to, for the buttons an actor is shown. */
export const nextStates = (from: CoverState, actor: CoverActor): CoverState[] =>
  (Object.keys(coverMoves[from]) as CoverState[]).filter((to) => mayMove(from, to, actor));

type Person = HasRoles & { readonly id: string };

/**
 * How `user` may act on a request of `municipalityId`: planners on every request, a contact on those of
 * the municipality they speak for (`contactOf`), nobody else at all.
 */
export function actorOf(user: Person, municipalityId: string, contactOf: string | null): CoverActor | null {
  if (can(user, 'assignments.plan')) return 'planner';
  if (can(user, 'cover.request') && contactOf !== null && contactOf === municipalityId) return 'requester';
  return null;
}

const issue = (path: string, code: string, message: string): Issue => ({ path, code, message });

/**
 * A request's own consistency, whatever its state: every slot ends after it starts, and who covers it
 * matches the state (an open or cancelled request names nobody; an assigned or done one a person and
 * one assignment per slot).
 */
export function checkCoverRequest(r: Pick<CoverRequest, 'slots' | 'state' | 'coveredBy' | 'assignmentIds'>): Issue[] {
  const issues: Issue[] = [];
  r.slots.forEach((s, i) => {
    if (Date.parse(s.end) <= Date.parse(s.start))
      issues.push(issue(`slots.${i}.end`, 'end_before_start', 'The end must be after the start'));
  });
  const covered = r.state === 'assigned' || r.state === 'done';
  if (covered && r.coveredBy === null) issues.push(issue('coveredBy', 'required', 'Who covers it is missing'));
  if (!covered && r.coveredBy !== null)
    issues.push(issue('coveredBy', 'not_allowed', `A request that is ${r.state} is covered by nobody`));
  if (covered && r.assignmentIds.length !== r.slots.length)
    issues.push(issue('assignmentIds', 'count_mismatch', 'One assignment per time slot is needed'));
  if (!covered && r.assignmentIds.length > 0)
    issues.push(issue('assignmentIds', 'not_allowed', `A request that is ${r.state} has no assignments`));
  if (new Set(r.assignmentIds).size !== r.assignmentIds.length)
    issues.push(issue('assignmentIds', 'duplicate', 'Assignment ids must differ'));
  return issues;
}
