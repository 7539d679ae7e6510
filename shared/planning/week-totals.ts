import type { Assignment } from '../assignments/schema';
import { dateIn, weekStart } from '../time/dates';
import { blocksTime } from './double-booking';

type Timed = Pick<Assignment, 'personId' | 'plannedStart' | 'plannedEnd' | 'status'>;

/** Planned minutes of one assignment (cancelled ones count nothing). */
export const plannedMinutes = (a: Timed): number =>
  blocksTime(a) ? Math.max(0, Math.round((Date.parse(a.plannedEnd) - Date.parse(a.plannedStart)) / 60_000)) : 0;

/**
 * Planned minutes per person and week (keyed by the Monday of the start's date in the association's time
 * zone): an assignment counts in full in the week it starts, as it does on the day it starts.
 */
export function weeklyPlannedMinutes(rows: Iterable<Timed>, timeZone: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const a of rows) {
    const minutes = plannedMinutes(a);
    if (minutes === 0) continue;
    const week = weekStart(dateIn(timeZone, new Date(a.plannedStart)));
    const person = out.get(a.personId) ?? new Map<string, number>();
    person.set(week, (person.get(week) ?? 0) + minutes);
    out.set(a.personId, person);
  }
  return out;
}

export type Load = 'under' | 'on' | 'over';

/** Planned against target: within a tenth of the target (at least an hour) counts as on target. */
export function loadOf(planned: number, target: number): Load {
  const slack = Math.max(60, target / 10);
  if (planned > target) return 'over';
  return planned >= target - slack ? 'on' : 'under';
}
