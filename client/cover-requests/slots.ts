import type { CoverSlot } from '../../shared/cover-requests/schema';
import { dateIn, instantOf, timeIn } from '../../shared/time/dates';

/** One day of a request as the form holds it: a date and two times in the association's time zone. */
export type DayInput = { date: string; from: string; to: string };

const complete = (d: DayInput) =>
  /^\d{4}-\d{2}-\d{2}$/.test(d.date) && /^\d{2}:\d{2}$/.test(d.from) && /^\d{2}:\d{2}$/.test(d.to);

/**
 * The days as instants; a `to` not after `from` stays so, for the form's check to name it. A day not
 * filled in yet becomes empty times, which the check asks for.
 */
export const slotsOf = (days: readonly DayInput[], timeZone: string): CoverSlot[] =>
  days.map((d) =>
    complete(d)
      ? {
          start: instantOf(timeZone, d.date, d.from).toISOString(),
          end: instantOf(timeZone, d.date, d.to).toISOString(),
        }
      : { start: '', end: '' },
  );

/** A slot as people read it: "2026-11-23, 08:00–12:00" parts in the zone. */
export const dayOf = (s: CoverSlot, timeZone: string): DayInput => ({
  date: dateIn(timeZone, new Date(s.start)),
  from: timeIn(timeZone, new Date(s.start)),
  to: timeIn(timeZone, new Date(s.end)),
});
