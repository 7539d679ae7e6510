import type { Kysely } from 'kysely';
import type { Role } from '../../shared/capabilities/capabilities';
import { AppError, type Issue } from '../../shared/errors/errors';
import type { Country } from '../../shared/masterdata/schemas';
import { RANKING_WINDOW, type RankingData } from '../../shared/planning/candidate-index';
import type { CandidateSlot } from '../../shared/planning/candidates';
import { CandidateRule, type CandidateSlotInput } from '../../shared/planning/candidates-schema';
import { dateIn } from '../../shared/time/dates';
import { holidayCalendar } from '../../shared/working-time/holidays';
import { daysOffByMunicipality } from '../../shared/working-time/work-context';
import type { PackId } from '../../shared/working-time/types';
import type { DB } from '../db/schema';
import { dateHolidaysSource } from '../working-time/public-holidays';

const DAY = 86_400_000;
const calendar = holidayCalendar(dateHolidaysSource);
const iso = (ms: number) => new Date(ms).toISOString();
const list = (json: string) => JSON.parse(json) as string[];

type Masters = {
  municipalities: { id: string; country: string; state: string }[];
  sites: { id: string; municipalityId: string; latitude: number | null; longitude: number | null }[];
  serviceType: { id: string } | undefined;
  skills: string[][];
};

/** What the schema cannot check: times in order, references of this association, skills someone holds. */
function slotIssues(input: CandidateSlotInput, m: Masters): Issue[] {
  const issues: Issue[] = [];
  const unknown = (path: string, what: string) =>
    issues.push({ path, code: CandidateRule.unknownReference, message: `Unknown ${what}` });
  if (Date.parse(input.end) <= Date.parse(input.start))
    issues.push({ path: 'end', code: CandidateRule.endBeforeStart, message: 'The slot ends before it starts' });
  if (!m.municipalities.some((x) => x.id === input.municipalityId)) unknown('municipalityId', 'municipality');
  const site = m.sites.find((s) => s.id === input.siteId);
  if (!site) unknown('siteId', 'site');
  else if (site.municipalityId !== input.municipalityId)
    issues.push({
      path: 'siteId',
      code: CandidateRule.siteNotInMunicipality,
      message: 'The site belongs to another municipality',
    });
  if (!m.serviceType) unknown('serviceTypeId', 'service type');
  const held = new Set(m.skills.flat().map((s) => s.toLowerCase()));
  input.skills.forEach((s, i) => {
    if (!held.has(s.toLowerCase()))
      issues.push({ path: `skills.${i}`, code: CandidateRule.unknownSkill, message: `Nobody holds the skill ${s}` });
  });
  return issues;
}

/** Public holidays of each municipality's country and state and the closure days between two dates. */
function daysOffOf(
  municipalities: Masters['municipalities'],
  closureDays: readonly { date: string; municipalityId: string | null; part: string }[],
  from: string,
  to: string,
) {
  const publicHolidays = municipalities.flatMap((m) =>
    calendar
      .holidaysInRange(m.country as Country, m.state, from, to)
      .map((h) => ({ municipalityId: m.id, date: h.date })),
  );
  const closures = closureDays.map((c) => ({
    ...c,
    part: c.part === 'whole' ? ('whole' as const) : ('half' as const),
  }));
  return daysOffByMunicipality(
    { publicHolidays, closureDays: closures },
    municipalities.map((m) => m.id),
  );
}

/**
 * The slot, checked, and the association's data around it in two rounds of queries: first the people
 * with profiles, sites, municipalities and the service type (which the checks read too), then the
 * assignments and approved absences of the ranking window (shared/planning/candidate-index.ts).
 */
export async function loadRanking(
  db: Kysely<DB>,
  associationId: string,
  timeZone: string,
  input: CandidateSlotInput,
): Promise<{ slot: CandidateSlot; data: RankingData }> {
  const [settings, people, sites, municipalities, serviceType] = await Promise.all([
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
    db
      .selectFrom('serviceTypes')
      .select('id')
      .where('associationId', '=', associationId)
      .where('deleted', '=', 0)
      .where('id', '=', input.serviceTypeId)
      .executeTakeFirst(),
  ]);
  const profiles = people.map((p) => ({ ...p, roles: list(p.roles) as Role[], skills: list(p.skills) }));
  const issues = slotIssues(input, { municipalities, sites, serviceType, skills: profiles.map((p) => p.skills) });
  if (issues.length) throw new AppError('validation_failed', issues[0]!.message, issues);

  const slot: CandidateSlot = { ...input, start: Date.parse(input.start), end: Date.parse(input.end) };
  const from = iso(slot.start - RANKING_WINDOW.daysBefore * DAY);
  const to = iso(slot.end + RANKING_WINDOW.daysAfter * DAY);
  const [fromDay, toDay] = [dateIn(timeZone, new Date(from)), dateIn(timeZone, new Date(to))];
  const [assignments, absences, closureDays] = await Promise.all([
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
      .select(['personId', 'fromDate', 'toDate', 'startTime', 'endTime'])
      .where('associationId', '=', associationId)
      .where('deleted', '=', 0)
      .where('status', '=', 'approved')
      .where('toDate', '>=', from.slice(0, 10))
      .where('fromDate', '<=', to.slice(0, 10))
      .execute(),
    db
      .selectFrom('closureDays')
      .select(['date', 'municipalityId', 'part'])
      .where('associationId', '=', associationId)
      .where('deleted', '=', 0)
      .where('date', '>=', fromDay)
      .where('date', '<=', toDay)
      .execute(),
  ]);
  const data: RankingData = {
    timeZone,
    adultPack: (settings?.lawPack ?? 'DE-ArbZG') as PackId,
    people: profiles.map((p) => ({ ...p, active: p.active === 1 })),
    assignments: assignments.map((a) => ({ ...a, status: a.status as 'planned' })),
    absences: absences.map((a) => ({ ...a, from: a.fromDate, to: a.toDate, status: 'approved' as const })),
    sites,
    daysOff: daysOffOf(municipalities, closureDays, fromDay, toDay),
  };
  return { slot, data };
}
