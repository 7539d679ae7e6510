import type { Assignment } from '../assignments/schema';
import { firstOverlap } from '../planning/double-booking';
import { timeIn } from '../time/dates';
import { breachedRules, planWarnings } from '../working-time/plan-check';
import type { RuleCode, WorkContext, WorkingTimeWarning } from '../working-time/types';
import type { Expansion, SeriesOccurrence } from './expand';
import type { PlannedSeries, SkippedDay } from './schema';

type Booking = Pick<Assignment, 'id' | 'personId' | 'plannedStart' | 'plannedEnd' | 'status' | 'municipalityId'>;

/** An occurrence's working-time breaches: created all the same, listed, answered by the series' reason. */
export type OccurrenceWarnings = { date: string; warnings: WorkingTimeWarning[]; rules: RuleCode[] };
export type CheckedExpansion = Expansion & { warnings: OccurrenceWarnings[] };

// The working-time checks read the weeks around a day and a day or two more (as the single path does).
const AROUND_MS = 9 * 24 * 60 * 60 * 1000;

/**
 * The checks a single assignment gets, for each occurrence of a series: one that would overlap another
 * booking of the person is not made but listed as skipped (`conflict`, named by that booking's times), so
 * nothing is double-booked silently; breaches of the working-time packs are listed per date with their
 * paragraphs. Occurrences count against each other (a weekly maximum). Run on the device for the preview
 * and by the server on arrival, the authority. `work` null: no pack known yet, no warnings.
 */
export function checkOccurrences(
  s: Pick<PlannedSeries, 'personId' | 'municipalityId'>,
  e: Expansion,
  others: readonly Booking[],
  work: WorkContext | null,
  timeZone: string,
): CheckedExpansion {
  const booked: Booking[] = others.filter((o) => o.personId === s.personId);
  const occurrences: SeriesOccurrence[] = [];
  const conflicts: SkippedDay[] = [];
  const warnings: OccurrenceWarnings[] = [];
  for (const o of e.occurrences) {
    // A day the person is away becomes a cover request, not her booking: nothing to check for her.
    if (o.absenceId !== null) {
      occurrences.push(o);
      continue;
    }
    const probe: Booking = {
      id: `occurrence:${o.date}`,
      personId: s.personId,
      municipalityId: s.municipalityId,
      plannedStart: o.plannedStart,
      plannedEnd: o.plannedEnd,
      status: 'planned',
    };
    const [start, end] = [Date.parse(o.plannedStart), Date.parse(o.plannedEnd)];
    const near = booked.filter(
      (b) => Date.parse(b.plannedEnd) > start - AROUND_MS && Date.parse(b.plannedStart) < end + AROUND_MS,
    );
    const other = firstOverlap(probe, near);
    if (other) {
      const name = `${timeIn(timeZone, new Date(other.plannedStart))}–${timeIn(timeZone, new Date(other.plannedEnd))}`;
      conflicts.push({ date: o.date, reason: 'conflict', name });
      continue;
    }
    if (work) {
      const ws = planWarnings(work, probe, near);
      const rules = breachedRules(ws);
      if (ws.length > 0) warnings.push({ date: o.date, warnings: ws, rules });
    }
    occurrences.push(o);
    booked.push(probe);
  }
  const skipped = [...e.skipped, ...conflicts].sort((a, b) => a.date.localeCompare(b.date));
  return { occurrences, skipped, warnings };
}
