import type { ClosureDay as ClosureDayRow } from '../holidays/schema';
import type { Country } from '../masterdata/schemas';

/** A public holiday as a holiday library knows it; `date` is `YYYY-MM-DD` in the country's zone. */
export type PublicHoliday = { date: string; name: string };

/**
 * Where public holidays come from (the `date-holidays` package on both sides, see
 * holidays-date-holidays.ts). Behind an interface so tests and the checker need no holiday data.
 */
export interface HolidaySource {
  /** The public holidays of a country and, when given, one of its states (`DE-BY`, `AT-2`) in a year. */
  holidaysOf(country: Country, state: string | null, year: number): readonly PublicHoliday[];
}

/** The association's own closure (shared/holidays): one municipality's office, or all (null). */
export type ClosureDay = Pick<ClosureDayRow, 'date' | 'municipalityId' | 'part' | 'name'>;

export type DayOff =
  | { date: string; kind: 'public_holiday'; name: string; part: 'whole' }
  | { date: string; kind: 'closure'; name: string; part: 'whole' | 'half' };

/** Holidays by year, computed once per country, state and year (a library computes Easter each time). */
export function holidayCalendar(source: HolidaySource) {
  const years = new Map<string, Map<string, PublicHoliday>>();
  const yearOf = (country: Country, state: string | null, year: number): Map<string, PublicHoliday> => {
    const key = `${country}|${state ?? ''}|${year}`;
    let found = years.get(key);
    if (!found) {
      found = new Map(source.holidaysOf(country, state, year).map((h) => [h.date, h]));
      years.set(key, found);
    }
    return found;
  };

  /** The public holiday on a date, if any. */
  function holidayOn(country: Country, state: string | null, date: string): PublicHoliday | undefined {
    return yearOf(country, state, Number(date.slice(0, 4))).get(date);
  }

  return {
    holidayOn,
    isHoliday: (country: Country, state: string | null, date: string): boolean =>
      holidayOn(country, state, date) !== undefined,

    /** Public holidays from `from` to `to` inclusive, in date order. */
    holidaysInRange(country: Country, state: string | null, from: string, to: string): PublicHoliday[] {
      const out: PublicHoliday[] = [];
      for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
        for (const h of yearOf(country, state, year).values()) if (h.date >= from && h.date <= to) out.push(h);
      }
      return out.sort((a, b) => a.date.localeCompare(b.date));
    },

    /**
     * A municipality's days off in a range: public holidays of its country and state and the
     * association's closure days there. A closure on a public holiday adds nothing.
     */
    daysOff(
      place: { country: Country; state: string | null; municipalityId: string },
      closures: readonly ClosureDay[],
      from: string,
      to: string,
    ): DayOff[] {
      const out: DayOff[] = this.holidaysInRange(place.country, place.state, from, to).map((h) => ({
        date: h.date,
        kind: 'public_holiday',
        name: h.name,
        part: 'whole',
      }));
      const taken = new Set(out.map((d) => d.date));
      for (const c of closures) {
        const here = c.municipalityId === null || c.municipalityId === place.municipalityId;
        if (!here || c.date < from || c.date > to || taken.has(c.date)) continue;
        taken.add(c.date);
        out.push({ date: c.date, kind: 'closure', name: c.name, part: c.part });
      }
      return out.sort((a, b) => a.date.localeCompare(b.date));
    },
  };
}
export type HolidayCalendar = ReturnType<typeof holidayCalendar>;

/** The dates the checker's rest-day rules read as holidays: every whole day off in the range. */
export function wholeDaysOff(days: readonly DayOff[]): Set<string> {
  return new Set(days.filter((d) => d.part === 'whole').map((d) => d.date));
}
