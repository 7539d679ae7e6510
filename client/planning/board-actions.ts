import type { Assignment } from '../../shared/assignments/schema';
import { newId } from '../../shared/ids/ids';
import { firstOverlap } from '../../shared/planning/double-booking';
import { addDays, dateIn, daysBetween, instantOf, timeIn } from '../../shared/time/dates';
import { createAssignment, updateAssignment } from '../assignments/local-writes';
import type { LocalDb } from '../db/local-db';
import { trustedNow } from '../sync/server-clock';

export type Schedule = Pick<
  Assignment,
  'personId' | 'municipalityId' | 'siteId' | 'serviceTypeId' | 'plannedStart' | 'plannedEnd' | 'task' | 'ruleOverride'
>;

/** A coordinator's reason for planning past working-time warnings (rule-check.ts); null: none needed. */
type Override = Pick<Assignment, 'ruleOverride'>;

/**
 * The booking of that person this one would overlap, as far as the device knows (the server checks again
 * on arrival and refuses it as `double_booked`): the board warns before anything is sent.
 */
export async function clashOf(
  db: LocalDb,
  a: Pick<Assignment, 'id' | 'personId' | 'plannedStart' | 'plannedEnd' | 'status'>,
): Promise<Assignment | null> {
  return firstOverlap(a, await db.assignments.where('personId').equals(a.personId).toArray());
}

/** A new planned assignment from the board's form. */
export function planAssignment(db: LocalDb, s: Schedule, now = trustedNow()): Promise<Assignment> {
  return createAssignment(
    db,
    { ...s, id: newId(), rev: 0, updatedAt: now.toISOString(), status: 'planned', workerNotes: '' },
    now,
  );
}

/** The same times of day on another date (whole days later or earlier, so a change of summer time keeps them). */
export function shiftedTo(a: Pick<Assignment, 'plannedStart' | 'plannedEnd'>, date: string, timeZone: string) {
  const start = new Date(a.plannedStart);
  const end = new Date(a.plannedEnd);
  const days = daysBetween(dateIn(timeZone, start), date);
  return {
    plannedStart: instantOf(timeZone, date, timeIn(timeZone, start)).toISOString(),
    plannedEnd: instantOf(timeZone, addDays(dateIn(timeZone, end), days), timeIn(timeZone, end)).toISOString(),
  };
}

/** Tap-tap or drag: to another person's cell and/or another day. */
export function moveAssignment(
  db: LocalDb,
  a: Assignment,
  target: { personId: string; date: string },
  timeZone: string,
  override: Override = {},
): Promise<Assignment> {
  return updateAssignment(db, a.id, { personId: target.personId, ...shiftedTo(a, target.date, timeZone), ...override });
}

export const reassignAssignment = (db: LocalDb, a: Assignment, personId: string): Promise<Assignment> =>
  updateAssignment(db, a.id, { personId });

/** Cancelling keeps the row (the worker sees it cancelled, hours may refer to it); it no longer counts. */
export const cancelAssignment = (db: LocalDb, a: Assignment): Promise<Assignment> =>
  updateAssignment(db, a.id, { status: 'cancelled' });

/** A new assignment with the same site, service and times on another day or for another person. */
export function copyAssignment(
  db: LocalDb,
  a: Assignment,
  target: { personId: string; date: string },
  timeZone: string,
  override: Override = {},
): Promise<Assignment> {
  const { municipalityId, siteId, serviceTypeId, task } = a;
  return planAssignment(db, {
    municipalityId,
    siteId,
    serviceTypeId,
    task,
    personId: target.personId,
    ...shiftedTo(a, target.date, timeZone),
    ...override,
  });
}
