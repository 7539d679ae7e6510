import { can } from '../capabilities/capabilities';
import { timeIn } from '../time/dates';
import { impactOf } from '../working-time/impact';
import { dateToDay, dayOf, dayToDate, MINUTE, mondayOf, startOfDay } from '../working-time/local-time';
import type { WorkInterval } from '../working-time/types';
import { type CandidateIndex, type CandidateSite, lowerBound, type PersonIndex, pointOf } from './candidate-index';
import { type Point, travelEstimate } from './travel';

/** What is to be staffed: the site and service, the skills it needs, and when (epoch milliseconds). */
export type CandidateSlot = {
  municipalityId: string;
  siteId: string;
  serviceTypeId: string;
  skills: readonly string[];
  start: number;
  end: number;
};

/** Why a candidate stands where they stand; the client translates `code` and fills in `params`. */
export type ReasonCode =
  | 'skills_ok'
  | 'skills_missing'
  | 'free'
  | 'busy'
  | 'absent'
  | 'day_off'
  | 'week_hours'
  | 'month_hours'
  | 'rules_ok'
  | 'rule'
  | 'travel'
  | 'travel_unknown';
export type Reason = { code: ReasonCode; params: Readonly<Record<string, number | string>> };

export type Candidate = {
  personId: string;
  displayName: string;
  /** Has every skill and is free: a coordinator can pick them without a second thought on that score. */
  fits: boolean;
  missingSkills: string[];
  /** Busy (another booking), absent or on a day off at that time: ranked after everyone free. */
  unavailable: boolean;
  /** Working-time warnings (severity `warning`) the slot would add. */
  ruleWarnings: number;
  weekMinutes: number;
  travelMinutes: number | null;
  reasons: Reason[];
};

const minutesOf = (ms: number): number => Math.round(ms / MINUTE);

/** Whether the person may be planned on that day at all: works assignments, active, within their dates. */
function eligible(p: PersonIndex, date: string): boolean {
  const { person } = p;
  if (!person.active || !can(person, 'assignments.work-own')) return false;
  return (!person.activeFrom || person.activeFrom <= date) && (!person.activeTo || person.activeTo >= date);
}

function travelFrom(index: CandidateIndex, p: PersonIndex, from: number, slot: CandidateSlot, day: number) {
  const to = lowerBound(p.starts, slot.start);
  const siteOf = (id: string): CandidateSite | undefined => index.sites.get(id);
  const slotSite = siteOf(slot.siteId);
  const target = (slotSite && pointOf(slotSite)) ?? index.centres.get(slot.municipalityId) ?? null;
  // The latest booking that day ending by the slot's start: where the person comes from.
  let previous: Point | null = null;
  let origin = 'home';
  for (let i = to - 1; i >= from; i--) {
    const b = p.bookings[i]!;
    if (b.end > slot.start) continue;
    if (dayOf(index.timeZone, b.start) !== day) break;
    const site = siteOf(b.siteId);
    previous = (site && pointOf(site)) ?? index.centres.get(b.municipalityId) ?? null;
    origin = 'previous_site';
    break;
  }
  if (!previous && p.home) {
    previous = index.centres.get(p.home) ?? null;
    origin = 'home';
  }
  if (!target || !previous) return { minutes: null, reason: { code: 'travel_unknown', params: {} } as Reason };
  const estimate = travelEstimate(previous, target);
  return { minutes: estimate.minutes, reason: { code: 'travel', params: { ...estimate, from: origin } } as Reason };
}

function rankOne(
  index: CandidateIndex,
  p: PersonIndex,
  slot: CandidateSlot,
  alsoPlanned: readonly CandidateSlot[],
): Candidate {
  const { timeZone } = index;
  const { person } = p;
  const day = dayOf(timeZone, slot.start);
  const date = dayToDate(day);
  const monday = mondayOf(day);
  const monthFirst = dateToDay(`${date.slice(0, 8)}01`);
  const monthNext = dateToDay(new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7), 1)).toISOString().slice(0, 10));
  // The weeks and the month around the slot, a day more on each side for the rest rules (impactOf).
  const lo = startOfDay(timeZone, Math.min(monday, monthFirst) - 2);
  const hi = startOfDay(timeZone, Math.max(monday + 9, monthNext + 1));
  const from = lowerBound(p.starts, lo);
  const to = lowerBound(p.starts, hi);
  const reasons: Reason[] = [];

  const wanted = new Set(person.skills.map((s) => s.toLowerCase()));
  const missingSkills = slot.skills.filter((s) => !wanted.has(s.toLowerCase()));
  reasons.push(
    missingSkills.length
      ? { code: 'skills_missing', params: { skills: missingSkills.join(', '), count: missingSkills.length } }
      : { code: 'skills_ok', params: { count: slot.skills.length } },
  );

  let weekMs = 0;
  let monthMs = 0;
  let unavailable = false;
  const intervals: WorkInterval[] = [];
  for (let i = from; i < to; i++) {
    const b = p.bookings[i]!;
    const d = dayOf(timeZone, b.start);
    if (d >= monday && d < monday + 7) weekMs += b.end - b.start;
    if (d >= monthFirst && d < monthNext) monthMs += b.end - b.start;
    intervals.push({ start: b.start, end: b.end, municipalityId: b.municipalityId });
    if (b.start < slot.end && b.end > slot.start) {
      unavailable = true;
      const at = (t: number) => timeIn(timeZone, new Date(t));
      reasons.push({ code: 'busy', params: { from: at(b.start), to: at(b.end), assignmentId: b.id } });
    }
  }
  // The request's other days go to the same person: they count towards the week and month and the rules
  // (rest between two of its days, the weekly maximum), but are not a clash with this day.
  for (const o of alsoPlanned) {
    if (o.end <= lo || o.start >= hi) continue;
    const d = dayOf(timeZone, o.start);
    if (d >= monday && d < monday + 7) weekMs += o.end - o.start;
    if (d >= monthFirst && d < monthNext) monthMs += o.end - o.start;
    intervals.push({ start: o.start, end: o.end, municipalityId: o.municipalityId });
  }
  intervals.sort((a, b) => a.start - b.start);
  if (p.absences.some((a) => a.start < slot.end && a.end > slot.start)) {
    unavailable = true;
    reasons.push({ code: 'absent', params: {} });
  }
  const personDaysOff = p.home ? index.daysOff.get(p.home) : undefined;
  if (index.daysOff.get(slot.municipalityId)?.has(date) || personDaysOff?.has(date)) {
    unavailable = true;
    reasons.push({ code: 'day_off', params: { date } });
  }
  if (!unavailable) reasons.push({ code: 'free', params: {} });

  const slotMs = slot.end - slot.start;
  const target = person.weeklyTargetMinutes;
  const weekMinutes = minutesOf(weekMs + slotMs);
  reasons.push({ code: 'week_hours', params: { planned: minutesOf(weekMs), withSlot: weekMinutes, target } });
  const monthTarget = Math.round((target * (monthNext - monthFirst)) / 7);
  reasons.push({
    code: 'month_hours',
    params: { planned: minutesOf(monthMs), withSlot: minutesOf(monthMs + slotMs), target: monthTarget },
  });

  const impact = impactOf(
    {
      timeZone,
      dateOfBirth: person.dateOfBirth,
      adultPack: index.adultPack,
      intervals,
      ...(personDaysOff ? { holidays: personDaysOff } : {}),
    },
    { start: slot.start, end: slot.end, municipalityId: slot.municipalityId },
  );
  let ruleWarnings = 0;
  for (const w of impact.warnings) {
    if (w.severity === 'warning') ruleWarnings++;
    const { rule, paragraph, pack, severity } = w;
    reasons.push({ code: 'rule', params: { rule, paragraph, pack, severity, date: w.date } });
  }
  if (impact.warnings.length === 0) reasons.push({ code: 'rules_ok', params: {} });

  const travel = travelFrom(index, p, from, slot, day);
  reasons.push(travel.reason);
  return {
    personId: person.id,
    displayName: person.displayName,
    fits: !unavailable && missingSkills.length === 0,
    missingSkills,
    unavailable,
    ruleWarnings,
    weekMinutes,
    travelMinutes: travel.minutes,
    reasons,
  };
}

/** Load against target after the slot: who is furthest under their hours goes first. */
const loadRatio = (c: Candidate, target: number): number => (target > 0 ? c.weekMinutes / target : 2);

/**
 * The people who could take the slot, best first: free before unavailable, every skill before missing
 * ones, no working-time warning before warnings, then shorter travel, then fewer hours against target.
 * Those who cannot be planned that day (inactive, outside their dates, not working assignments) are left out.
 */
export function rankCandidates(
  index: CandidateIndex,
  slot: CandidateSlot,
  /** The same request's other slots, planned for the same person (see rankOne). */
  alsoPlanned: readonly CandidateSlot[] = [],
): Candidate[] {
  const date = dayToDate(dayOf(index.timeZone, slot.start));
  const ranked: { c: Candidate; ratio: number }[] = [];
  for (const p of index.people) {
    if (!eligible(p, date)) continue;
    const c = rankOne(index, p, slot, alsoPlanned);
    ranked.push({ c, ratio: loadRatio(c, p.person.weeklyTargetMinutes) });
  }
  ranked.sort(
    (a, b) =>
      Number(a.c.unavailable) - Number(b.c.unavailable) ||
      a.c.missingSkills.length - b.c.missingSkills.length ||
      a.c.ruleWarnings - b.c.ruleWarnings ||
      (a.c.travelMinutes ?? Number.MAX_SAFE_INTEGER) - (b.c.travelMinutes ?? Number.MAX_SAFE_INTEGER) ||
      a.ratio - b.ratio ||
      a.c.displayName.localeCompare(b.c.displayName),
  );
  return ranked.map((r) => r.c);
}
