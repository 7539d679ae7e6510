import type { Kysely } from 'kysely';
import type { Role } from '../../shared/capabilities/capabilities';
import { AppError, type Issue } from '../../shared/errors/errors';
import type { Country } from '../../shared/masterdata/schemas';
import { RANKING_WINDOW, type RankingData } from '../../shared/planning/candidate-index';
import type { CandidateSlot } from '../../shared/planning/candidates';
import { CandidateRule, type CandidateSlotInput } from '../../shared/planning/candidates-schema';
import { dateIn } from '../../shared/time/dates';
import { holidayCalendar } from '../../shared/working-time/holidays';
import type { PackId } from '../../shared/working-time/types';
import type { DB } from '../db/schema';
import { dateHolidaysSource } from '../working-time/public-holidays';

const DAY = 86_400_000;
const calendar = holidayCalendar(dateHolidaysSource);
const iso = (ms: number) => new Date(ms).toISOString();
const list = (json: string) => JSON.parse(json) as string[];

/** Checks what the schema cannot: times in order, references of this association, skills someone holds. */
async function checkedSlot(db: Kysely<DB>, associationId: string, input: CandidateSlotInput): Promise<CandidateSlot> {
  const start = Date.parse(input.start);
  const end = Date.parse(input.end);
  const issues: Issue[] = [];
  if (end <= start)
    issues.push({ path: 'end', code: CandidateRule.endBeforeStart, message: 'The slot ends before it starts' });
  const [municipality, site, serviceType, holders] = await Promise.all([
    db
      .selectFrom('municipalities')
      .select('id')
      .where('associationId', '=', associationId)
      .where('deleted', '=', 0)
      .where('id', '=', input.municipalityId)
      .executeTakeFirst(),
    db
      .selectFrom('sites')
      .select('municipalityId')
      .where('associationId', '=', associationId)
      .where('deleted', '=', 0)
      .where('id', '=', input.siteId)
      .executeTakeFirst(),
    db
      .selectFrom('serviceTypes')
      .select('id')
      .where('associationId', '=', associationId)
      .where('deleted', '=', 0)
      .where('id', '=', input.serviceTypeId)
      .executeTakeFirst(),
    db
      .selectFrom('personProfiles')
      .select('skills')
      .where('associationId', '=', associationId)
      .where('deleted', '=', 0)
      .execute(),
  ]);
  const unknown = (path: string, what: string) =>
    issues.push({ path, code: CandidateRule.unknownReference, message: `Unknown ${what}` });
  if (!municipality) unknown('municipalityId', 'municipality');
  if (!site) unknown('siteId', 'site');
  else if (site.municipalityId !== input.municipalityId)
    issues.push({
      path: 'siteId',
      code: CandidateRule.siteNotInMunicipality,
      message: 'The site belongs to another municipality',
    });
  if (!serviceType) unknown('serviceTypeId', 'service type');
  const held = new Set(holders.flatMap((h) => list(h.skills).map((s) => s.toLowerCase())));
  input.skills.forEach((s, i) => {
    if (!held.has(s.toLowerCase()))
      issues.push({ path: `skills.${i}`, code: CandidateRule.unknownSkill, message: `Nobody holds the skill ${s}` });
  });
  if (issues.length) throw new AppError('validation_failed', issues[0]!.message, issues);
  return { ...input, start, end };
}

/** Public holidays of each municipality's country and state between two dates. */
function daysOffOf(municipalities: { id: string; country: string; state: string }[], from: string, to: string) {
  const out = new Map<string, Set<string>>();
  for (const m of municipalities) {
    const days = calendar.holidaysInRange(m.country as Country, m.state, from, to).map((h) => h.date);
    out.set(m.id, new Set(days));
  }
  return out;
}

/**
 * The slot, checked, and the association's data around it in a few queries: people with profiles, the
 * assignments and approved absences of the slot's month and weeks (with margins for the rest rules),
 * sites, and municipalities for their holidays.
 */
export async function loadRanking(
  db: Kysely<DB>,
  associationId: string,
  timeZone: string,
  input: CandidateSlotInput,
): Promise<{ slot: CandidateSlot; data: RankingData }> {
  const slot = await checkedSlot(db, associationId, input);
  const from = iso(slot.start - RANKING_WINDOW.daysBefore * DAY);
  const to = iso(slot.end + RANKING_WINDOW.daysAfter * DAY);
  const [settings, people, assignments, absences, sites, municipalities] = await Promise.all([
    db.selectFrom('associationSettings').select('lawPack').where('id', '=', associationId).executeTakeFirst(),
    db
      .selectFrom('people')
      .innerJoin('personProfiles', 'personProfiles.id', 'people.id')
      .select(['people.id', 'people.active', 'personProfiles.displayName', 'personProfiles.roles'])
      .select(['personProfiles.skills', 'personProfiles.activeFrom', 'personProfiles.activeTo'])
      .select(['personProfiles.weeklyTargetMinutes', 'personProfiles.dateOfBirth'])
      .where('people.associationId', '=', associationId)
      .where('people.deleted', '=', 0)
      .execute(),
    db
      .selectFrom('assignments')
      .select(['id', 'personId', 'municipalityId', 'siteId', 'plannedStart', 'plannedEnd', 'status'])
      .where('associationId', '=', associationId)
      .where('deleted', '=', 0)
      .where('status', '!=', 'cancelled')
      .where('plannedStart', '>=', from)
      .where('plannedStart', '<', to)
      .execute(),
    db
      .selectFrom('absences')
      .select(['personId', 'fromDate', 'toDate', 'startTime', 'endTime', 'status'])
      .where('associationId', '=', associationId)
      .where('deleted', '=', 0)
      .where('status', '=', 'approved')
      .where('toDate', '>=', from.slice(0, 10))
      .where('fromDate', '<=', to.slice(0, 10))
      .execute(),
    db
      .selectFrom('sites')
      .select(['id', 'municipalityId', 'latitude', 'longitude'])
      .where('associationId', '=', associationId)
      .where('deleted', '=', 0)
      .execute(),
    db
      .selectFrom('municipalities')
      .select(['id', 'country', 'state'])
      .where('associationId', '=', associationId)
      .where('deleted', '=', 0)
      .execute(),
  ]);
  const data: RankingData = {
    timeZone,
    adultPack: (settings?.lawPack ?? 'DE-ArbZG') as PackId,
    people: people.map((p) => ({
      ...p,
      active: p.active === 1,
      roles: list(p.roles) as Role[],
      skills: list(p.skills),
    })),
    assignments: assignments.map((a) => ({ ...a, status: a.status as 'planned' })),
    absences: absences.map((a) => ({ ...a, from: a.fromDate, to: a.toDate, status: 'approved' as const })),
    sites,
    daysOff: daysOffOf(municipalities, dateIn(timeZone, new Date(from)), dateIn(timeZone, new Date(to))),
  };
  return { slot, data };
}
