import type { Assignment } from '../../shared/assignments/schema';
import { dateIn, timeIn } from '../../shared/time/dates';
import type { LocalDb } from '../db/local-db';

/** A person has a few hundred assignments at most: read them by person, filter days in memory. */
export async function myAssignments(db: LocalDb, personId: string): Promise<Assignment[]> {
  const rows = await db.assignments.where('personId').equals(personId).toArray();
  return rows.sort((a, b) => a.plannedStart.localeCompare(b.plannedStart));
}

export const assignmentDate = (a: Pick<Assignment, 'plannedStart'>, timeZone: string): string =>
  dateIn(timeZone, new Date(a.plannedStart));

export const timeRange = (a: Pick<Assignment, 'plannedStart' | 'plannedEnd'>, timeZone: string): string =>
  `${timeIn(timeZone, new Date(a.plannedStart))}–${timeIn(timeZone, new Date(a.plannedEnd))}`;

export function onDate(rows: readonly Assignment[], date: string, timeZone: string): Assignment[] {
  return rows.filter((a) => assignmentDate(a, timeZone) === date);
}
