import type { AssociationSettings } from '../../shared/masterdata/association-settings';
import { RANKING_WINDOW, type RankingData } from '../../shared/planning/candidate-index';
import { dateIn } from '../../shared/time/dates';
import { daysOffByMunicipality } from '../../shared/working-time/work-context';
import type { LocalDb } from '../db/local-db';

const DAY = 86_400_000;

/**
 * The device's data around a slot, read from Dexie as the server loads it from SQL (server/planning/
 * candidates-data.ts): the assignments of the same window by their `plannedStart` index, every profile,
 * approved absences, the sites, and the days off from the public holidays cached from the server
 * (client/holidays) and the closure days, built by the same shared function as the server's.
 */
export async function deviceRankingData(
  db: LocalDb,
  associationId: string,
  timeZone: string,
  slot: { start: number; end: number },
): Promise<RankingData> {
  const from = new Date(slot.start - RANKING_WINDOW.daysBefore * DAY).toISOString();
  const to = new Date(slot.end + RANKING_WINDOW.daysAfter * DAY).toISOString();
  const [fromDay, toDay] = [dateIn(timeZone, new Date(from)), dateIn(timeZone, new Date(to))];
  const [settings, people, profiles, assignments, absences, sites, places, publicHolidays, closureDays] =
    await Promise.all([
      db.associationSettings.get(associationId) as Promise<AssociationSettings | undefined>,
      db.people.toArray(),
      db.personProfiles.toArray(),
      db.assignments.where('plannedStart').between(from, to, true, false).toArray(),
      db.absences.toArray(),
      db.sites.toArray(),
      db.municipalities.toArray(),
      db.publicHolidays.where('date').between(fromDay, toDay, true, true).toArray(),
      db.closureDays.where('date').between(fromDay, toDay, true, true).toArray(),
    ]);
  const active = new Map(people.map((p) => [p.id, p.active]));
  return {
    timeZone,
    adultPack: settings?.lawPack ?? 'DE-ArbZG',
    people: profiles.map((p) => ({ ...p, active: active.get(p.id) ?? false })),
    assignments,
    absences: absences.filter((a) => a.status === 'approved'),
    sites,
    daysOff: daysOffByMunicipality(
      { publicHolidays, closureDays },
      places.map((m) => m.id),
    ),
  };
}
