import type { Absence } from '../absences/schema';
import type { Assignment } from '../assignments/schema';
import type { Site } from '../masterdata/schemas';
import type { PersonProfile } from '../people/schema';
import { addDays, instantOf } from '../time/dates';
import type { PackId } from '../working-time/types';
import { blocksTime } from './double-booking';
import { centreOf, type Point } from './travel';

/** What ranking reads of a person: the profile planners see, and whether the account is active. */
export type CandidatePerson = Pick<
  PersonProfile,
  'id' | 'displayName' | 'roles' | 'skills' | 'activeFrom' | 'activeTo' | 'weeklyTargetMinutes' | 'dateOfBirth'
> & { active: boolean };
export type CandidateAssignment = Pick<
  Assignment,
  'id' | 'personId' | 'municipalityId' | 'siteId' | 'plannedStart' | 'plannedEnd' | 'status'
>;
export type CandidateAbsence = Pick<Absence, 'personId' | 'from' | 'to' | 'startTime' | 'endTime' | 'status'>;
export type CandidateSite = Pick<Site, 'id' | 'municipalityId' | 'latitude' | 'longitude'>;

/** The association's data as the server loads it or the device keeps it in Dexie. */
export type RankingData = {
  timeZone: string;
  adultPack: PackId;
  people: readonly CandidatePerson[];
  assignments: Iterable<CandidateAssignment>;
  absences: Iterable<CandidateAbsence>;
  sites: Iterable<CandidateSite>;
  /** Days off per municipality id (public holidays, whole closure days), `YYYY-MM-DD`; the device may have none. */
  daysOff?: ReadonlyMap<string, ReadonlySet<string>>;
};

/**
 * The days around a slot whose bookings ranking reads: its whole month and week, two days more for the rest
 * rules. The server loads and the device reads just these, so both rank the same rows; a person's usual
 * municipality is counted over them too (recent work says more about where someone starts than last year).
 */
export const RANKING_WINDOW = { daysBefore: 34, daysAfter: 34 } as const;

/** A booking as instants: parsed once when indexing, not per candidate. */
export type Booked = { id: string; start: number; end: number; municipalityId: string; siteId: string };

export type PersonIndex = {
  person: CandidatePerson;
  /** Bookings that hold time (not cancelled), sorted by start; `starts` mirrors them for binary search. */
  bookings: Booked[];
  starts: Float64Array;
  /** Approved absences as instants (whole days from 00:00 to the next day's 00:00). */
  absences: { start: number; end: number }[];
  /** Where the person usually works: the municipality of most of their bookings given, null without any. */
  home: string | null;
};

export type CandidateIndex = {
  timeZone: string;
  adultPack: PackId;
  people: PersonIndex[];
  sites: ReadonlyMap<string, CandidateSite>;
  /** A municipality's place: the centre of its sites with coordinates. */
  centres: ReadonlyMap<string, Point>;
  daysOff: ReadonlyMap<string, ReadonlySet<string>>;
};

export const pointOf = (s: CandidateSite): Point | null =>
  s.latitude === null || s.longitude === null ? null : { latitude: s.latitude, longitude: s.longitude };

function homeOf(bookings: readonly Booked[]): string | null {
  const counts = new Map<string, number>();
  let home: string | null = null;
  let most = 0;
  for (const b of bookings) {
    const n = (counts.get(b.municipalityId) ?? 0) + 1;
    counts.set(b.municipalityId, n);
    // Ties go to the smaller id, so the server and the device agree whatever order rows come in.
    if (n > most || (n === most && home !== null && b.municipalityId < home)) {
      home = b.municipalityId;
      most = n;
    }
  }
  return home;
}

/**
 * Sorts each person's bookings once (O(n log n) for the association), so that ranking one slot costs
 * each candidate a binary search and the few bookings of the slot's week and month.
 */
export function indexCandidates(data: RankingData): CandidateIndex {
  const { timeZone } = data;
  const byPerson = new Map<string, PersonIndex>();
  for (const person of data.people) {
    byPerson.set(person.id, { person, bookings: [], starts: new Float64Array(0), absences: [], home: null });
  }
  for (const a of data.assignments) {
    const entry = byPerson.get(a.personId);
    if (!entry || !blocksTime(a)) continue;
    const { id, municipalityId, siteId } = a;
    entry.bookings.push({
      id,
      municipalityId,
      siteId,
      start: Date.parse(a.plannedStart),
      end: Date.parse(a.plannedEnd),
    });
  }
  for (const a of data.absences) {
    const entry = byPerson.get(a.personId);
    if (!entry || a.status !== 'approved') continue;
    const start = instantOf(timeZone, a.from, a.startTime ?? '00:00').getTime();
    const end = a.endTime ? instantOf(timeZone, a.to, a.endTime) : instantOf(timeZone, addDays(a.to, 1), '00:00');
    entry.absences.push({ start, end: end.getTime() });
  }
  for (const entry of byPerson.values()) {
    entry.bookings.sort((a, b) => a.start - b.start);
    entry.starts = Float64Array.from(entry.bookings, (b) => b.start);
    entry.home = homeOf(entry.bookings);
  }
  const sites = new Map<string, CandidateSite>();
  const points = new Map<string, Point[]>();
  for (const s of data.sites) {
    sites.set(s.id, s);
    const p = pointOf(s);
    if (p) points.set(s.municipalityId, [...(points.get(s.municipalityId) ?? []), p]);
  }
  const centres = new Map<string, Point>();
  for (const [id, list] of points) centres.set(id, centreOf(list)!);
  return {
    timeZone,
    adultPack: data.adultPack,
    people: [...byPerson.values()],
    sites,
    centres,
    daysOff: data.daysOff ?? new Map(),
  };
}

/** The first index whose start is at or after `t`. */
export function lowerBound(starts: Float64Array, t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
