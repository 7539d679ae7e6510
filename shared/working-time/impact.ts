import { checkDays } from './checker';
import { dayOf, dayToDate, MINUTE, mondayOf, startOfDay } from './local-time';
import type { PersonWorkInput, WorkingTimeWarning, WorkInterval } from './types';
import { workDays } from './work-days';

export type Impact = {
  /** Warnings the interval would add, or make worse (other figures), on the days it touches. */
  warnings: WorkingTimeWarning[];
  /** Net minutes of the interval's day and ISO week with it added, across municipalities. */
  dayMinutes: number;
  weekMinutes: number;
};

const key = (w: WorkingTimeWarning): string => `${w.rule}|${w.paragraph}|${w.date}`;
const same = (a: WorkingTimeWarning, b: WorkingTimeWarning): boolean =>
  Object.entries(a.params).every(([k, v]) => b.params[k] === v);

/**
 * What adding one interval (a candidate's assignment) would change. Reads only the person's work in the
 * weeks the interval touches and a day or two around them, so ranking many candidates stays cheap.
 */
export function impactOf(input: PersonWorkInput, added: WorkInterval): Impact {
  const { timeZone } = input;
  if (added.end <= added.start) return { warnings: [], dayMinutes: 0, weekMinutes: 0 };
  const day = dayOf(timeZone, added.start);
  const monday = mondayOf(day);
  const range = { from: Math.min(monday, day - 1), to: Math.max(monday + 6, day + 1) };
  // Whole weeks for the weekly rules, the day before for the rest, two days after for the weekly rest.
  const first = dayToDate(mondayOf(range.from) - 1);
  const last = dayToDate(mondayOf(range.to) + 8);
  const from = startOfDay(timeZone, mondayOf(range.from) - 1);
  const to = startOfDay(timeZone, mondayOf(range.to) + 9);
  const near = (i: { start: number; end: number }) => i.end > from && i.start < to;
  const base: PersonWorkInput = {
    ...input,
    intervals: input.intervals.filter(near),
    breaks: input.breaks?.filter(near) ?? [],
    schoolDays: input.schoolDays?.filter((s) => s.date >= first && s.date <= last) ?? [],
  };
  const baseDays = workDays(base);
  const before = checkDays(base, baseDays, range);
  // Only the interval's own day changes: rebuild that one and keep the others.
  const date = dayToDate(day);
  const sameDay = base.intervals.filter((i) => dayOf(timeZone, i.start) === day);
  sameDay.push(added);
  const [changed] = workDays({
    ...base,
    intervals: sameDay,
    schoolDays: base.schoolDays?.filter((s) => s.date === date) ?? [],
  });
  const afterDays = baseDays.filter((d) => d.day !== day);
  afterDays.push(changed!);
  afterDays.sort((a, b) => a.day - b.day);
  const after = checkDays(base, afterDays, range);

  const known = new Map(before.map((w) => [key(w), w]));
  const warnings = after.filter((w) => {
    const old = known.get(key(w));
    return !old || !same(w, old);
  });
  let dayMs = 0;
  let weekMs = 0;
  for (const d of afterDays) {
    if (d.day === day) dayMs = d.netMs;
    if (d.day >= monday && d.day < monday + 7) weekMs += d.netMs;
  }
  return { warnings, dayMinutes: Math.round(dayMs / MINUTE), weekMinutes: Math.round(weekMs / MINUTE) };
}
