import type { Country } from '../../shared/masterdata/schemas';
import { seriesCalendarOf } from '../../shared/series/calendar';
import { expandSeries } from '../../shared/series/expand';
import { type CheckedExpansion, checkOccurrences } from '../../shared/series/occurrence-checks';
import type { PlannedSeries } from '../../shared/series/schema';
import { addDays } from '../../shared/time/dates';
import { workContextFrom } from '../../shared/working-time/work-context';
import type { LocalDb } from '../db/local-db';
import { ruleFactsIn } from '../working-time/work-context';

const AROUND_DAYS = 9;

/**
 * What a series will make, computed on the device before it is saved, with the same shared expansion and
 * checks the server runs on arrival: the dates, the skipped ones with why (public holiday and closure day
 * as cached, the person's absence as a cover request, a day she is booked already as a conflict) and the
 * working-time warnings. The server may still differ where the device's copy is behind; its answer wins.
 */
export async function previewSeries(
  db: LocalDb,
  s: PlannedSeries,
  fallback: { timeZone: string; municipalities: readonly { country: Country }[] },
  /** Bookings that go with the save (a split series' rest, cancelled by the server in the same push). */
  leaving: (a: { seriesId?: string | null | undefined; plannedStart: string }) => boolean = () => false,
): Promise<CheckedExpansion> {
  const window = { from: addDays(s.startDate, -AROUND_DAYS), to: addDays(s.endDate, AROUND_DAYS) };
  const [facts, holidays, closures, absences, assignments] = await Promise.all([
    ruleFactsIn(db, s.personId, window, fallback),
    db.publicHolidays
      .where('[municipalityId+date]')
      .between([s.municipalityId, s.startDate], [s.municipalityId, s.endDate], true, true)
      .toArray(),
    db.closureDays.where('date').between(s.startDate, s.endDate, true, true).toArray(),
    db.absences.where('personId').equals(s.personId).toArray(),
    db.assignments.where('personId').equals(s.personId).toArray(),
  ]);
  const calendar = seriesCalendarOf({ timeZone: facts.timeZone, holidays, closures, absences });
  const expansion = expandSeries(s, calendar);
  const staying = assignments.filter((a) => !leaving(a));
  return checkOccurrences(s, expansion, staying, workContextFrom(facts), facts.timeZone);
}
