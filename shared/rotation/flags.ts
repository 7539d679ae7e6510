import { addDays } from '../time/dates';
import { rangesMeet } from './rules';
import type { Station } from './schema';

/** An absence as the flags need it: whose, which days, and whether it still holds. */
export type AbsenceSpan = { personId: string; from: string; to: string; status: string };
export type Gap = { from: string; to: string; workingDays: number };
export type PlanFlags = {
  /** Pairs of station ids sharing a day. */
  overlaps: [string, string][];
  /** Working days (Monday to Friday) between two stations that no station covers. */
  gaps: Gap[];
  /** Stations whose mentor is away (requested or approved absence) on a day of the station. */
  mentorAway: { stationId: string; from: string; to: string }[];
  /** Training areas of the plan that no station covers. */
  uncovered: string[];
};

const isWorkingDay = (date: string): boolean => {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
};

/** Working days between two dates, both inclusive; 0 when `to` is before `from`. */
export function workingDays(from: string, to: string): number {
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}

const holds = (a: AbsenceSpan) => a.status === 'requested' || a.status === 'approved';

/**
 * What the coordinator should look at in one apprentice's rotation: `stations` are that apprentice's,
 * `areas` the plan's training areas, `absences` anyone's (only the mentors' are read).
 */
export function planFlags(stations: readonly Station[], areas: readonly string[], absences: readonly AbsenceSpan[]) {
  const sorted = [...stations].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id.localeCompare(b.id));
  const flags: PlanFlags = { overlaps: [], gaps: [], mentorAway: [], uncovered: [] };
  let reach: string | null = null;
  for (const [i, s] of sorted.entries()) {
    for (const later of sorted.slice(i + 1)) {
      if (later.startsOn > s.endsOn) break;
      flags.overlaps.push([s.id, later.id]);
    }
    if (reach !== null && s.startsOn > addDays(reach, 1)) {
      const gap = { from: addDays(reach, 1), to: addDays(s.startsOn, -1) };
      const days = workingDays(gap.from, gap.to);
      if (days > 0) flags.gaps.push({ ...gap, workingDays: days });
    }
    if (reach === null || s.endsOn > reach) reach = s.endsOn;
    for (const a of absences)
      if (a.personId === s.mentorId && holds(a) && rangesMeet(s, { startsOn: a.from, endsOn: a.to }))
        flags.mentorAway.push({
          stationId: s.id,
          from: a.from > s.startsOn ? a.from : s.startsOn,
          to: a.to < s.endsOn ? a.to : s.endsOn,
        });
  }
  const covered = new Set(sorted.flatMap((s) => s.trainingAreas.map((t) => t.toLocaleLowerCase('de'))));
  flags.uncovered = areas.filter((a) => !covered.has(a.toLocaleLowerCase('de')));
  return flags;
}

/** Whether a station carries any flag, for the year view's marks. */
export function stationFlagged(f: PlanFlags, stationId: string): boolean {
  return f.overlaps.some((p) => p.includes(stationId)) || f.mentorAway.some((m) => m.stationId === stationId);
}
