import type { Absence } from '../absences/schema';
import type { ClosureDay, MunicipalityHoliday } from '../holidays/schema';
import { instantOf, toMinutes } from '../time/dates';
import type { SeriesCalendar } from './expand';

const DAY_END = 24 * 60;

/** The minutes of `date` an absence covers: whole days none given; a part day from its start or to its end. */
function coveredMinutes(a: Absence, date: string): [number, number] {
  const from = a.from === date && a.startTime ? toMinutes(a.startTime) : 0;
  const to = a.to === date && a.endTime ? toMinutes(a.endTime) : DAY_END;
  return [from, to];
}

/**
 * A series calendar from plain lists, the same on server and device. Only whole closure days skip a
 * day (a half day is usually an afternoon; the morning still stands), only approved absences count.
 */
export function seriesCalendarOf(input: {
  timeZone: string;
  holidays: readonly MunicipalityHoliday[];
  closures: readonly Pick<ClosureDay, 'date' | 'municipalityId' | 'part' | 'name'>[];
  absences: readonly Absence[];
}): SeriesCalendar {
  const holidays = new Map(input.holidays.map((h) => [`${h.municipalityId}|${h.date}`, h.name]));
  const closures = new Map<string, string>();
  for (const c of input.closures) if (c.part === 'whole') closures.set(`${c.municipalityId ?? '*'}|${c.date}`, c.name);
  const absences = new Map<string, Absence[]>();
  for (const a of input.absences) {
    if (a.status !== 'approved') continue;
    absences.set(a.personId, [...(absences.get(a.personId) ?? []), a]);
  }
  // Remembered: the zone lookup costs a few Intl calls, and an association's series share most days and times.
  const instants = new Map<string, string>();
  return {
    instantOf: (date, hhmm) => {
      const key = `${date}|${hhmm}`;
      let iso = instants.get(key);
      if (iso === undefined) {
        iso = instantOf(input.timeZone, date, hhmm).toISOString();
        instants.set(key, iso);
      }
      return iso;
    },
    holidayOn: (m, date) => holidays.get(`${m}|${date}`),
    closureOn: (m, date) => closures.get(`${m}|${date}`) ?? closures.get(`*|${date}`),
    absenceOn: (personId, date, startTime, endTime) => {
      const [start, end] = [toMinutes(startTime), toMinutes(endTime)];
      return (absences.get(personId) ?? []).find((a) => {
        if (a.from > date || a.to < date) return false;
        const [from, to] = coveredMinutes(a, date);
        return from < end && start < to;
      })?.id;
    },
  };
}
