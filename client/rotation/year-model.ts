import type { Station } from '../../shared/rotation/schema';
import { addDays, daysBetween, weekStart } from '../../shared/time/dates';

/** The year view's columns are the ISO weeks of the year: week 1 holds 4 January. */
export const firstMonday = (year: number): string => weekStart(`${year}-01-04`);
/** 52 or 53. */
export const weeksIn = (year: number): number => daysBetween(firstMonday(year), firstMonday(year + 1)) / 7;

/** A station placed in the year's week columns (1-based, as CSS grid lines count), clipped to the year. */
export type Block = { station: Station; column: number; span: number };

export function blocksOf(stations: readonly Station[], year: number): Block[] {
  const start = firstMonday(year);
  const weeks = weeksIn(year);
  const end = addDays(start, weeks * 7 - 1);
  return stations
    .filter((s) => s.startsOn <= end && s.endsOn >= start)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
    .map((s) => {
      const from = Math.max(0, Math.floor(daysBetween(start, s.startsOn) / 7));
      const to = Math.min(weeks - 1, Math.floor(daysBetween(start, s.endsOn) / 7));
      return { station: s, column: from + 1, span: to - from + 1 };
    });
}

/** Month labels over the weeks: the column where each month's first Monday falls. */
export function monthColumns(year: number): { month: number; column: number }[] {
  const start = firstMonday(year);
  const out: { month: number; column: number }[] = [];
  for (let w = 0; w < weeksIn(year); w++) {
    const month = Number(addDays(start, w * 7 + 3).slice(5, 7));
    if (out.at(-1)?.month !== month) out.push({ month, column: w + 1 });
  }
  return out;
}
