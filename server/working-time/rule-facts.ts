import type { Kysely, Transaction } from 'kysely';
import type { AbsenceKind, AbsenceStatus } from '../../shared/absences/schema';
import type { ClosureDay } from '../../shared/holidays/schema';
import type { Country } from '../../shared/masterdata/schemas';
import { holidayCalendar } from '../../shared/working-time/holidays';
import type { PackId } from '../../shared/working-time/types';
import { type RuleFacts, workContextFrom } from '../../shared/working-time/work-context';
import type { DB } from '../db/schema';
import { dateHolidaysSource } from './public-holidays';

// One calendar for the process: each country's, state's and year's holidays are computed once.
const calendar = holidayCalendar(dateHolidaysSource);

/**
 * The facts of a person's working-time check as the server holds them, for the days `from` to `to`
 * (inclusive): the association's zone and pack, her date of birth, each municipality's public holidays
 * (holiday library), the closure days and her approved school absences. The device reads the same facts
 * from Dexie; `workContextFrom` (shared) turns either into the checker's context.
 */
export async function ruleFactsOf(
  db: Kysely<DB> | Transaction<DB>,
  associationId: string,
  personId: string,
  window: { from: string; to: string },
): Promise<RuleFacts> {
  const [settings, person, places, closures, absences] = await Promise.all([
    db
      .selectFrom('associationSettings')
      .select(['timeZone', 'lawPack'])
      .where('id', '=', associationId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('personProfiles')
      .select('dateOfBirth')
      .where('id', '=', personId)
      .where('associationId', '=', associationId)
      .executeTakeFirst(),
    db
      .selectFrom('municipalities')
      .select(['id', 'country', 'state'])
      .where('associationId', '=', associationId)
      .where('deleted', '=', 0)
      .execute(),
    db
      .selectFrom('closureDays')
      .select(['date', 'municipalityId', 'part'])
      .where('associationId', '=', associationId)
      .where('deleted', '=', 0)
      .where('date', '>=', window.from)
      .where('date', '<=', window.to)
      .execute(),
    db
      .selectFrom('absences as a')
      .innerJoin('absenceDetails as d', 'd.id', 'a.id')
      .select(['a.fromDate', 'a.toDate', 'a.startTime', 'a.endTime', 'a.status', 'd.kind'])
      .where('a.associationId', '=', associationId)
      .where('a.personId', '=', personId)
      .where('a.deleted', '=', 0)
      .where('d.kind', '=', 'school')
      .where('a.fromDate', '<=', window.to)
      .where('a.toDate', '>=', window.from)
      .execute(),
  ]);
  const publicHolidays = places.flatMap((m) =>
    calendar
      .holidaysInRange(m.country as Country, m.state || null, window.from, window.to)
      .map((h) => ({ municipalityId: m.id, date: h.date })),
  );
  return {
    timeZone: settings.timeZone,
    adultPack: settings.lawPack as PackId,
    dateOfBirth: person?.dateOfBirth ?? null,
    publicHolidays,
    closureDays: closures.map((c) => ({ ...c, part: c.part as ClosureDay['part'] })),
    absences: absences.map((a) => ({
      from: a.fromDate,
      to: a.toDate,
      startTime: a.startTime,
      endTime: a.endTime,
      status: a.status as AbsenceStatus,
      kind: a.kind as AbsenceKind,
    })),
    window,
  };
}

/** The checker's context for a person on the server. */
export const serverWorkContext = async (...args: Parameters<typeof ruleFactsOf>) =>
  workContextFrom(await ruleFactsOf(...args));
