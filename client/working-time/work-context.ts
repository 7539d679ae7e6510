import type { Country } from '../../shared/masterdata/schemas';
import { associationCountry } from '../../shared/time-entries/day-checks';
import { addDays } from '../../shared/time/dates';
import { defaultLawPack } from '../../shared/working-time/packs';
import type { WorkContext } from '../../shared/working-time/types';
import { type RuleFacts, workContextFrom } from '../../shared/working-time/work-context';
import type { LocalDb } from '../db/local-db';

/** The checks read the weeks around a day and a day or two more: nine days either side hold them. */
const AROUND_DAYS = 9;

/**
 * The facts of a person's working-time check as the device holds them, around `date`: the association's
 * zone and pack (settings), her date of birth (her profile: planners hold everyone's, a worker her own),
 * the public holidays cached from the server, the closure days and her approved school absences (their
 * kind is in the details a planner or the person herself holds). Before the settings arrive, the user's
 * zone and the country's default pack. The server builds the same facts by SQL (server/working-time).
 */
export async function ruleFactsOn(
  db: LocalDb,
  personId: string,
  date: string,
  fallback: { timeZone: string; municipalities: readonly { country: Country }[] },
): Promise<RuleFacts> {
  return ruleFactsIn(db, personId, { from: addDays(date, -AROUND_DAYS), to: addDays(date, AROUND_DAYS) }, fallback);
}

/** The same facts over a window of days (a series' whole span, with the nine days around it). */
export async function ruleFactsIn(
  db: LocalDb,
  personId: string,
  window: { from: string; to: string },
  fallback: { timeZone: string; municipalities: readonly { country: Country }[] },
): Promise<RuleFacts> {
  const [settings, profile, publicHolidays, closureDays, absences] = await Promise.all([
    db.associationSettings.toCollection().first(),
    db.personProfiles.get(personId),
    db.publicHolidays.where('date').between(window.from, window.to, true, true).toArray(),
    db.closureDays.where('date').between(window.from, window.to, true, true).toArray(),
    db.absences.where('personId').equals(personId).toArray(),
  ]);
  const near = absences.filter((a) => a.from <= window.to && a.to >= window.from);
  const details = await db.absenceDetails.bulkGet(near.map((a) => a.id));
  return {
    timeZone: settings?.timeZone ?? fallback.timeZone,
    adultPack: settings?.lawPack ?? defaultLawPack(associationCountry(fallback.municipalities) ?? 'DE'),
    dateOfBirth: profile?.dateOfBirth ?? null,
    publicHolidays,
    closureDays,
    absences: near.map((a, i) => ({ ...a, kind: details[i]?.kind ?? null })),
    window,
  };
}

/** The checker's context for a person around `date`, from the device's rows (shared `workContextFrom`). */
export async function workContextOf(
  db: LocalDb,
  personId: string,
  date: string,
  fallback: { timeZone: string; municipalities: readonly { country: Country }[] },
): Promise<WorkContext> {
  return workContextFrom(await ruleFactsOn(db, personId, date, fallback));
}
