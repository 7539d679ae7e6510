import type { Assignment } from '../../shared/assignments/schema';
import { blocksTime, DOUBLE_BOOKED, firstOverlap } from '../../shared/planning/double-booking';
import { timeIn } from '../../shared/time/dates';
import { type MutationContext, Rejection } from '../sync/mutation-context';
import { toAssignment } from './fields';

// Stored times may differ in precision ("…:00Z", "…:00.000Z"); a second either side makes the SQL
// window a superset, and the shared rule decides on instants.
const widen = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/**
 * Refuses a booking that overlaps another of the same person (shared/planning/double-booking.ts). Runs
 * inside the push's transaction after the association's write lock (write-path.ts), so a concurrent
 * push has either committed its booking, which this query sees, or waits for this one to commit.
 * Rows this push wrote already are only in its row store: they are checked from there.
 */
export async function assertNotDoubleBooked(ctx: MutationContext, a: Assignment, reply: Assignment | null) {
  if (!blocksTime(a)) return;
  const found = await ctx.trx
    .selectFrom('assignments')
    .select('id')
    .where('associationId', '=', ctx.user.associationId)
    .where('personId', '=', a.personId)
    .where('deleted', '=', 0)
    .where('status', '!=', 'cancelled')
    .where('plannedStart', '<', widen(a.plannedEnd, 1000))
    .where('plannedEnd', '>', widen(a.plannedStart, -1000))
    .execute();
  const ids = found.map((r) => r.id);
  await ctx.rows.load('assignments', ids);
  const candidates = new Map<string, Assignment>();
  for (const id of ids) {
    const row = ctx.rows.peek('assignments', id);
    if (row) candidates.set(id, toAssignment(row));
  }
  for (const w of ctx.rows.writes().rows)
    if (w.table === 'assignments') candidates.set(String(w.row.id), toAssignment(w.row));
  const live = [...candidates.values()].filter(
    (c) => c.id !== a.id && Number(ctx.rows.peek('assignments', c.id)?.deleted ?? 0) === 0,
  );
  const other = firstOverlap(a, live);
  if (!other) return;
  const zone = ctx.user.timeZone;
  const when = `${timeIn(zone, new Date(other.plannedStart))}–${timeIn(zone, new Date(other.plannedEnd))}`;
  throw new Rejection(
    DOUBLE_BOOKED,
    `The person is booked at that time already: assignment ${other.id} (${when})`,
    reply,
    [{ path: 'plannedStart', code: DOUBLE_BOOKED, message: other.id }],
  );
}
