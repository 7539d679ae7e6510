import type { Assignment } from '../../shared/assignments/schema';
import { blocksTime, DOUBLE_BOOKED, firstOverlap } from '../../shared/planning/double-booking';
import { timeIn } from '../../shared/time/dates';
import { type MutationContext, Rejection } from '../sync/mutation-context';
import { personBookings } from './person-bookings';

/**
 * Refuses a booking that overlaps another of the same person (shared/planning/double-booking.ts), as
 * the push sees them (person-bookings.ts).
 */
export async function assertNotDoubleBooked(ctx: MutationContext, a: Assignment, reply: Assignment | null) {
  if (!blocksTime(a)) return;
  const live = (await personBookings(ctx, a.personId, a.plannedStart, a.plannedEnd)).filter((c) => c.id !== a.id);
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
