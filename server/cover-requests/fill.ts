import type { CoverRequest } from '../../shared/cover-requests/schema';
import type { Issue } from '../../shared/errors/errors';
import { DOUBLE_BOOKED, firstOverlap } from '../../shared/planning/double-booking';
import { timeIn } from '../../shared/time/dates';
import { personBookings } from '../assignments/person-bookings';
import { type MutationContext, Rejection } from '../sync/mutation-context';
import { assignmentParams, notify } from '../notifications/notify';
import { insertRow } from '../sync/row-writes';

const issue = (path: string, code: string, message: string): Issue => ({ path, code, message });

/**
 * A fill that finds the request no longer open. Someone else covers it: `already_covered`, naming who
 * (the answer carries the request as it is, so the device shows the winner). A repeat of the same fill
 * (the same person and assignments) is no news: null.
 */
export async function lateFill(
  ctx: MutationContext,
  row: CoverRequest,
  coveredBy: string | null | undefined,
  assignmentIds: readonly string[] | undefined,
): Promise<Rejection | null> {
  if (row.state === 'open') return null;
  const same = row.coveredBy === coveredBy && JSON.stringify(row.assignmentIds) === JSON.stringify(assignmentIds);
  if (same) return null;
  if (row.state === 'cancelled')
    return new Rejection('request_cancelled', 'The request was cancelled', row, [
      issue('state', 'request_cancelled', 'The request was cancelled'),
    ]);
  const person = row.coveredBy ? await ctx.rows.find('people', row.coveredBy) : null;
  const name = typeof person?.displayName === 'string' ? person.displayName : '';
  return new Rejection('already_covered', `Already covered by ${name}`, row, [
    issue('coveredBy', 'already_covered', name),
  ]);
}

/**
 * Creates the assignments of a fill, one per slot with the ids the filling device made, in the push that
 * moves the request to assigned: a rejection of either leaves neither (row-store.ts rolls both back).
 * A person already booked at a slot's time is refused as the board's bookings are (`double_booked`): a fill
 * decided offline must not book someone twice. `before`: the request as stored, the answer to a refusal.
 */
export async function createCoverAssignments(
  ctx: MutationContext,
  r: CoverRequest,
  before: CoverRequest,
): Promise<void> {
  const person = r.coveredBy ? await ctx.rows.live('people', r.coveredBy) : null;
  if (!person || Number(person.active) !== 1)
    throw new Rejection('unknown_reference', 'Unknown or inactive person', null, [
      issue('coveredBy', 'unknown_reference', 'Unknown or inactive person'),
    ]);
  const createdAt = ctx.now.toISOString();
  for (const [i, slot] of r.slots.entries()) {
    const id = r.assignmentIds[i]!;
    if (await ctx.rows.find('assignments', id))
      throw new Rejection('id_taken', 'An assignment with this id exists already', null, [
        issue(`assignmentIds.${i}`, 'id_taken', 'Assignment id taken'),
      ]);
    const assignment = {
      id,
      personId: String(person.id),
      municipalityId: r.municipalityId,
      siteId: r.siteId,
      serviceTypeId: r.serviceTypeId,
      plannedStart: slot.start,
      plannedEnd: slot.end,
      task: r.note,
      status: 'planned' as const,
      workerNotes: '',
    };
    await assertFree(ctx, assignment, before);
    await insertRow(ctx, 'assignments', assignment, { createdAt });
  }
}

/** Refuses the fill when the new booking overlaps another of the person's (as the push sees them, locked). */
async function assertFree(
  ctx: MutationContext,
  a: { id: string; personId: string; plannedStart: string; plannedEnd: string; status: 'planned' },
  before: CoverRequest,
): Promise<void> {
  const other = firstOverlap(a, await personBookings(ctx, a.personId, a.plannedStart, a.plannedEnd));
  if (!other) return;
  const zone = ctx.user.timeZone;
  const when = `${timeIn(zone, new Date(other.plannedStart))}–${timeIn(zone, new Date(other.plannedEnd))}`;
  throw new Rejection(
    DOUBLE_BOOKED,
    `The person is booked at that time already: assignment ${other.id} (${when})`,
    before,
    [issue('coveredBy', DOUBLE_BOOKED, other.id)],
  );
}

/** The requester learns who comes (and when the first slot is); the person covering, of the first slot. */
export async function notifyFill(ctx: MutationContext, r: CoverRequest): Promise<void> {
  const first = r.slots[0]!;
  const person = r.coveredBy ? await ctx.rows.find('people', r.coveredBy) : null;
  const params = await assignmentParams(ctx, {
    id: r.assignmentIds[0] ?? r.id,
    municipalityId: r.municipalityId,
    plannedStart: first.start,
    plannedEnd: first.end,
  });
  const name = typeof person?.displayName === 'string' ? person.displayName : '';
  await notify(ctx, r.requestedBy, 'cover.filled', { ...params, person: name, coverRequestId: r.id });
  if (r.coveredBy) await notify(ctx, r.coveredBy, 'assignment.assigned', { ...params, slots: String(r.slots.length) });
}
