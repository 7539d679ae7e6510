import { can, type HasRoles } from '../capabilities/capabilities';
import type { Issue } from '../errors/errors';
import { addDays } from '../time/dates';
import type { StationInput } from './schema';

/** Codes of the rotation rules; the form and the server name the same field. */
export const StationRule = {
  endBeforeStart: 'station_ends_before_start',
  overlaps: 'station_overlap',
  notMentor: 'not_a_mentor',
  unknownPerson: 'unknown_reference',
  sameMentor: 'deputy_is_mentor',
} as const;

type Dated = Pick<StationInput, 'startsOn' | 'endsOn'>;
type Placed = Dated & { readonly id: string; readonly apprenticeId: string };

const issue = (path: string, code: string, message: string): Issue => ({ path, code, message });

/** Whether two date ranges (inclusive) share a day. */
export const rangesMeet = (a: Dated, b: Dated): boolean => a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;

/** The checks of one station alone: dates in order, a deputy other than the mentor. */
export function stationIssues(s: StationInput): Issue[] {
  const out: Issue[] = [];
  if (s.endsOn < s.startsOn) out.push(issue('endsOn', StationRule.endBeforeStart, 'The station ends before it starts'));
  if (s.deputyId !== null && s.deputyId === s.mentorId)
    out.push(issue('deputyId', StationRule.sameMentor, 'The deputy must be another person than the mentor'));
  return out;
}

/** The apprentice's other stations that share a day with `s` (an apprentice is at one station at a time). */
export const overlapsOf = <T extends Placed>(s: Placed, others: readonly T[]): T[] =>
  others.filter((o) => o.id !== s.id && o.apprenticeId === s.apprenticeId && rangesMeet(o, s));

export const overlapIssue = (other: Dated): Issue =>
  issue('startsOn', StationRule.overlaps, `Overlaps the station ${other.startsOn} – ${other.endsOn}`);

/**
 * Whether `person` (null: not a member of the association) may be a station's mentor or deputy: one who
 * may sign training records (`training.sign`).
 */
export function mentorIssue(path: 'mentorId' | 'deputyId', person: HasRoles | null): Issue | null {
  if (!person) return issue(path, StationRule.unknownPerson, 'Unknown person');
  if (!can(person, 'training.sign')) return issue(path, StationRule.notMentor, 'This person is no mentor');
  return null;
}

/** Shifts a date by whole years; 29 February becomes 28 February in a common year. */
export function shiftYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) return addDays(`${y + years}-${String(m).padStart(2, '0')}-01`, d - 2);
  return target.toISOString().slice(0, 10);
}
