import { toMinutes } from '../time/dates';
import { dateToDay, dayOf, MINUTE } from './local-time';
import type { BreakInterval, PersonWorkInput, Rule, WorkInterval } from './types';

/**
 * One local day of a person's work, whatever the municipality: the law counts the person's day, not
 * the entry (ArbZG § 2 Abs. 1), so intervals are merged and breaks cut out before any rule looks.
 */
export type WorkDay = {
  day: number;
  /** Work segments as [start0, end0, start1, end1, …] instants, sorted, breaks and overlaps removed. */
  segs: number[];
  netMs: number;
  municipalities: number;
  /** The municipalities worked in that day (their own days off count where the work is). */
  places: string[];
  lessons: number;
  schoolMinutes: number;
  /** The earliest known start of lessons that day, minutes after local midnight. */
  schoolStart: number | null;
};

/** An interval belongs to the day it starts on (a night shift counts for the evening it began). */
export function workDays(input: PersonWorkInput): WorkDay[] {
  const { timeZone } = input;
  const intervals = input.intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const dayOfStart = intervals.map((i) => dayOf(timeZone, i.start));
  const breaks: BreakInterval[] = input.breaks ? input.breaks.filter((b) => b.end > b.start) : [];
  for (const i of intervals) {
    // A break whose place is unknown is assumed in the middle, the kindest place for the stretch rule.
    const b = Math.min(i.breakMinutes ?? 0, (i.end - i.start) / MINUTE) * MINUTE;
    if (b > 0) {
      const mid = (i.start + i.end) / 2;
      breaks.push({ start: mid - b / 2, end: mid + b / 2 });
    }
  }
  breaks.sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const b of breaks) longest = Math.max(longest, b.end - b.start);

  const byDay = new Map<number, WorkDay>();
  const dayFor = (day: number): WorkDay => {
    let d = byDay.get(day);
    if (!d) {
      d = { day, segs: [], netMs: 0, municipalities: 0, places: [], lessons: 0, schoolMinutes: 0, schoolStart: null };
      byDay.set(day, d);
    }
    return d;
  };
  let k = 0;
  while (k < intervals.length) {
    const day = dayOfStart[k]!;
    const places: string[] = [];
    const union: number[] = [];
    for (; k < intervals.length; k++) {
      const i: WorkInterval = intervals[k]!;
      if (dayOfStart[k] !== day) break;
      if (!places.includes(i.municipalityId)) places.push(i.municipalityId);
      const last = union.length - 1;
      if (last > 0 && i.start <= union[last]!) union[last] = Math.max(union[last]!, i.end);
      else union.push(i.start, i.end);
    }
    const d = dayFor(day);
    d.segs = subtract(union, breaks, longest);
    for (let s = 0; s < d.segs.length; s += 2) d.netMs += d.segs[s + 1]! - d.segs[s]!;
    d.municipalities = places.length;
    d.places = places;
  }
  for (const s of input.schoolDays ?? []) {
    const d = dayFor(dateToDay(s.date));
    d.lessons += s.lessons;
    d.schoolMinutes += s.minutes;
    if (s.startsAt) d.schoolStart = Math.min(d.schoolStart ?? Number.POSITIVE_INFINITY, toMinutes(s.startsAt));
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/** Sorted disjoint segments minus breaks sorted by start; one pass, as both lists are ordered. */
function subtract(segs: number[], breaks: readonly BreakInterval[], longest: number): number[] {
  if (breaks.length === 0) return segs;
  const out: number[] = [];
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]!.start < segs[0]! - longest) lo = mid + 1;
    else hi = mid;
  }
  let p = lo;
  for (let s = 0; s < segs.length; s += 2) {
    let from = segs[s]!;
    const to = segs[s + 1]!;
    // No break starting before this can reach the segment.
    while (p < breaks.length && breaks[p]!.start < from - longest) p++;
    for (let j = p; j < breaks.length && breaks[j]!.start < to; j++) {
      const b = breaks[j]!;
      if (b.end <= from) continue;
      if (b.start > from) out.push(from, b.start);
      from = Math.max(from, b.end);
      if (from >= to) break;
    }
    if (from < to) out.push(from, to);
  }
  return out;
}

/** Breaks between work segments that are long enough to count (ArbZG § 4: parts of at least 15 min). */
export function gapsOfAtLeast(segs: readonly number[], minPartMinutes: number): number {
  let sum = 0;
  for (let s = 2; s < segs.length; s += 2) {
    const gap = segs[s]! - segs[s - 1]!;
    if (gap >= minPartMinutes * MINUTE) sum += gap;
  }
  return sum;
}

/** The break a day's net work calls for under a pack's break rule, in minutes. */
export function requiredBreakMinutes(rule: Extract<Rule, { code: 'daily_breaks' }>, netMs: number): number {
  let required = 0;
  for (const step of rule.steps) if (netMs > step.overMinutes * MINUTE) required = step.breakMinutes;
  return required;
}
