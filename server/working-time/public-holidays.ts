import Holidays from 'date-holidays';
import type { Country } from '../../shared/masterdata/schemas';
import type { HolidaySource, PublicHoliday } from '../../shared/working-time/holidays';

/**
 * On the server only (the library carries every country's data; devices get the days from the server).
 * The public holidays of `date-holidays` (3.37.0): only type `public`, since bank, school and observance
 * days (Heiligabend afternoon, Josefitag in Carinthia's schools) are not days off for municipal staff;
 * the association enters those as closure days. Its state codes drop our country prefix (`DE-BY` → `BY`,
 * `AT-2` → `2`).
 */
const libraries = new Map<string, Holidays>();

function libraryFor(country: Country, state: string | null): Holidays {
  const key = `${country}|${state ?? ''}`;
  let library = libraries.get(key);
  if (!library) {
    const options = { types: ['public' as const], languages: ['de'] };
    library = state?.startsWith(`${country}-`)
      ? new Holidays(country, state.slice(country.length + 1), options)
      : new Holidays(country, options);
    libraries.set(key, library);
  }
  return library;
}

export const dateHolidaysSource: HolidaySource = {
  holidaysOf(country: Country, state: string | null, year: number): PublicHoliday[] {
    return libraryFor(country, state)
      .getHolidays(year, 'de')
      .filter((h) => h.type === 'public')
      .map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
  },
};
