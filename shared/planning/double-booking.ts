import type { Assignment } from '../assignments/schema';

/** What the double-booking rule looks at; the server and the device pass whole assignments. */
export type Booking = Pick<Assignment, 'id' | 'personId' | 'plannedStart' | 'plannedEnd' | 'status'>;

/** A cancelled assignment frees its time; every other state keeps the person busy. */
export const blocksTime = (b: Pick<Booking, 'status'>): boolean => b.status !== 'cancelled';

/**
 * Two bookings of one person whose times overlap (end is exclusive: 8–12 and 12–16 do not).
 * Times are compared as instants, so "…T08:00:00Z" and "…T08:00:00.000Z" are the same moment.
 */
export function overlaps(a: Booking, b: Booking): boolean {
  if (a.id === b.id || a.personId !== b.personId || !blocksTime(a) || !blocksTime(b)) return false;
  return Date.parse(a.plannedStart) < Date.parse(b.plannedEnd) && Date.parse(b.plannedStart) < Date.parse(a.plannedEnd);
}

/** The earliest other booking that `candidate` would overlap, or null; the server refuses it as `double_booked`. */
export function firstOverlap<B extends Booking>(candidate: Booking, others: Iterable<B>): B | null {
  let found: B | null = null;
  for (const o of others) {
    if (!overlaps(candidate, o)) continue;
    if (!found || Date.parse(o.plannedStart) < Date.parse(found.plannedStart)) found = o;
  }
  return found;
}

/** The code a refused booking carries, on the server's answer and in the device's warning. */
export const DOUBLE_BOOKED = 'double_booked';
