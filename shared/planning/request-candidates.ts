import type { CandidateIndex } from './candidate-index';
import { type Candidate, type CandidateSlot, rankCandidates } from './candidates';

/** A person for a request of one or more days: how they stand over all of them, and each day's reasons. */
export type RequestCandidate = {
  personId: string;
  displayName: string;
  /** Every skill and free on every day. */
  fits: boolean;
  /** Booked, absent or off on at least one of the days: the request cannot be given to them whole. */
  unavailable: boolean;
  missingSkills: string[];
  ruleWarnings: number;
  /** Summed over the days; null when one day's travel is unknown. */
  travelMinutes: number | null;
  /** The highest share of their weekly target any of the days would reach. */
  load: number;
  /** The person's ranking for each slot, in the request's order. */
  days: Candidate[];
};

const loadOf = (c: Candidate, target: number) => (target > 0 ? c.weekMinutes / target : 2);

/**
 * The people who could cover all of a request's slots, best first, in the order rankCandidates uses for one
 * slot (free, skills, working-time warnings, travel, hours against target); the fill gives the request to one
 * person whole, so someone missing from a day's ranking (inactive then, outside their dates) is left out.
 */
export function rankForRequest(index: CandidateIndex, slots: readonly CandidateSlot[]): RequestCandidate[] {
  if (slots.length === 0) return [];
  const targets = new Map(index.people.map((p) => [p.person.id, p.person.weeklyTargetMinutes]));
  // Each day is ranked with the request's other days booked for the person too: taking the request whole,
  // a late day and an early next day break the rest between them, and the days add up in the week.
  const perSlot = slots.map(
    (s, i) =>
      new Map(
        rankCandidates(
          index,
          s,
          slots.filter((_, j) => j !== i),
        ).map((c) => [c.personId, c]),
      ),
  );
  const result: RequestCandidate[] = [];
  for (const first of perSlot[0]!.values()) {
    const days = perSlot.map((m) => m.get(first.personId)).filter((c) => c !== undefined);
    if (days.length < slots.length) continue;
    const travel = days.map((d) => d.travelMinutes);
    const target = targets.get(first.personId) ?? 0;
    result.push({
      personId: first.personId,
      displayName: first.displayName,
      fits: days.every((d) => d.fits),
      unavailable: days.some((d) => d.unavailable),
      missingSkills: first.missingSkills,
      ruleWarnings: days.reduce((n, d) => n + d.ruleWarnings, 0),
      travelMinutes: travel.some((m) => m === null) ? null : travel.reduce<number>((n, m) => n + (m ?? 0), 0),
      load: Math.max(...days.map((d) => loadOf(d, target))),
      days,
    });
  }
  return result.sort(
    (a, b) =>
      Number(a.unavailable) - Number(b.unavailable) ||
      a.missingSkills.length - b.missingSkills.length ||
      a.ruleWarnings - b.ruleWarnings ||
      (a.travelMinutes ?? Number.MAX_SAFE_INTEGER) - (b.travelMinutes ?? Number.MAX_SAFE_INTEGER) ||
      a.load - b.load ||
      a.displayName.localeCompare(b.displayName),
  );
}
