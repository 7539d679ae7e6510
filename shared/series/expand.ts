import { RRule } from './rrule';
import type { PlannedSeries, SkippedDay } from './schema';
import { weeklyDates } from './weekly-dates';

/** One day the series plans: times as instants, and the approved absence that makes it a cover request. */
export type SeriesOccurrence = { date: string; plannedStart: string; plannedEnd: string; absenceId: string | null };
export type Expansion = { occurrences: SeriesOccurrence[]; skipped: SkippedDay[] };

/** What the calendar around a series holds; the server reads it by SQL, the device from Dexie. */
export type SeriesCalendar = {
  /** The instant (ISO) of a wall-clock time on a date in the association's zone. */
  instantOf: (date: string, hhmm: string) => string;
  /** The public holiday's name on that date at that municipality, if any. */
  holidayOn: (municipalityId: string, date: string) => string | undefined;
  /** The closure day's name (for that municipality or all), if any. */
  closureOn: (municipalityId: string, date: string) => string | undefined;
  /** The id of the person's approved absence over that date and times, if any. */
  absenceOn: (personId: string, date: string, startTime: string, endTime: string) => string | undefined;
};

/** rrule's weekdays by ISO number (1 = Monday). */
const BY_WEEKDAY = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

const utcDay = (date: string): Date => new Date(`${date}T00:00:00Z`);

type DateRule = Pick<PlannedSeries, 'weekdays' | 'startDate' | 'endDate'> & { interval?: number | undefined };

/**
 * The dates by rrule, on "floating" UTC midnights so that no zone shifts a day. Weeks count from the
 * start (so `from` only cuts); the reference the fast path is tested against, and its fallback.
 */
export function rruleDates(s: DateRule, from?: string): string[] {
  const rule = new RRule({
    freq: RRule.WEEKLY,
    wkst: RRule.MO,
    interval: s.interval ?? 1,
    byweekday: s.weekdays.map((d) => BY_WEEKDAY[d - 1]!),
    dtstart: utcDay(s.startDate),
    until: utcDay(s.endDate),
  });
  const dates = rule.all().map((d) => d.toISOString().slice(0, 10));
  return from && from > s.startDate ? dates.filter((d) => d >= from) : dates;
}

/**
 * The dates of a series: by day arithmetic (weekly-dates.ts), rrule where that does not apply. The wall
 * times are then placed in the association's zone per date, so 8:00 stays 8:00 across a DST change.
 */
export function seriesDates(s: DateRule, from?: string): string[] {
  return weeklyDates(s, from) ?? rruleDates(s, from);
}

/**
 * The series as assignments: public holidays and closure days are skipped and listed, a day the person
 * is away is kept with its absence (the caller opens a cover request instead of a silent gap).
 * `from`: only dates on or after it (the rest of a split series).
 */
export function expandSeries(s: PlannedSeries, calendar: SeriesCalendar, from?: string): Expansion {
  const occurrences: SeriesOccurrence[] = [];
  const skipped: SkippedDay[] = [];
  for (const date of seriesDates(s, from)) {
    const holiday = calendar.holidayOn(s.municipalityId, date);
    if (holiday !== undefined) {
      skipped.push({ date, reason: 'holiday', name: holiday });
      continue;
    }
    const closure = calendar.closureOn(s.municipalityId, date);
    if (closure !== undefined) {
      skipped.push({ date, reason: 'closure', name: closure });
      continue;
    }
    occurrences.push({
      date,
      plannedStart: calendar.instantOf(date, s.startTime),
      plannedEnd: calendar.instantOf(date, s.endTime),
      absenceId: calendar.absenceOn(s.personId, date, s.startTime, s.endTime) ?? null,
    });
  }
  return { occurrences, skipped };
}
