import type { Kysely } from 'kysely';
import type { Country } from '../../shared/masterdata/schemas';
import { seriesCalendarOf } from '../../shared/series/calendar';
import type { SeriesCalendar } from '../../shared/series/expand';
import { holidayCalendar } from '../../shared/working-time/holidays';
import { toAbsence } from '../absences/fields';
import type { DB } from '../db/schema';
import { dateHolidaysSource } from '../working-time/public-holidays';

// One calendar for the process: it keeps each country's, state's and year's holidays once computed.
const holidays = holidayCalendar(dateHolidaysSource);

/**
 * What a series needs to know around it on the server, from the database: the municipality's public
 * holidays (date-holidays, by its country and state), the association's closure days and the person's
 * approved absences between the series' first and last date. The device builds the same from Dexie.
 */
export async function loadSeriesCalendar(
  db: Kysely<DB>,
  where: { associationId: string; municipalityId: string; personId: string; from: string; to: string },
): Promise<SeriesCalendar> {
  const [association, municipality, closures, absences] = await Promise.all([
    db.selectFrom('associations').select('timeZone').where('id', '=', where.associationId).executeTakeFirstOrThrow(),
    db
      .selectFrom('municipalities')
      .select(['country', 'state'])
      .where('id', '=', where.municipalityId)
      .where('associationId', '=', where.associationId)
      .executeTakeFirst(),
    db
      .selectFrom('closureDays')
      .select(['date', 'municipalityId', 'part', 'name'])
      .where('associationId', '=', where.associationId)
      .where('deleted', '=', 0)
      .where('date', '>=', where.from)
      .where('date', '<=', where.to)
      .execute(),
    db
      .selectFrom('absences')
      .selectAll()
      .where('associationId', '=', where.associationId)
      .where('personId', '=', where.personId)
      .where('status', '=', 'approved')
      .where('deleted', '=', 0)
      .where('fromDate', '<=', where.to)
      .where('toDate', '>=', where.from)
      .execute(),
  ]);
  const days = municipality
    ? holidays
        .holidaysInRange(municipality.country as Country, municipality.state, where.from, where.to)
        .map((h) => ({ municipalityId: where.municipalityId, date: h.date, name: h.name }))
    : [];
  return seriesCalendarOf({
    timeZone: association.timeZone,
    holidays: days,
    closures: closures.map((c) => ({ ...c, part: c.part === 'half' ? 'half' : 'whole' })),
    absences: absences.map(toAbsence),
  });
}
