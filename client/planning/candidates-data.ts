import type { AssociationSettings } from '../../shared/masterdata/association-settings';
import { RANKING_WINDOW, type RankingData } from '../../shared/planning/candidate-index';
import type { LocalDb } from '../db/local-db';

const DAY = 86_400_000;

/**
 * The device's data around a slot, read from Dexie as the server loads it from SQL (server/planning/
 * candidates-data.ts): the assignments of the same window by their `plannedStart` index, every profile,
 * approved absences and the sites. Public holidays stay on the server (their library is large): the
 * device ranks without days off, the server's answer has them; every other reason is the same.
 */
export async function deviceRankingData(
  db: LocalDb,
  associationId: string,
  timeZone: string,
  slot: { start: number; end: number },
): Promise<RankingData> {
  const from = new Date(slot.start - RANKING_WINDOW.daysBefore * DAY).toISOString();
  const to = new Date(slot.end + RANKING_WINDOW.daysAfter * DAY).toISOString();
  const [settings, people, profiles, assignments, absences, sites] = await Promise.all([
    db.associationSettings.get(associationId) as Promise<AssociationSettings | undefined>,
    db.people.toArray(),
    db.personProfiles.toArray(),
    db.assignments.where('plannedStart').between(from, to, true, false).toArray(),
    db.absences.toArray(),
    db.sites.toArray(),
  ]);
  const active = new Map(people.map((p) => [p.id, p.active]));
  return {
    timeZone,
    adultPack: settings?.lawPack ?? 'DE-ArbZG',
    people: profiles.map((p) => ({ ...p, active: active.get(p.id) ?? false })),
    assignments,
    absences: absences.filter((a) => a.status === 'approved'),
    sites,
  };
}
