import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can } from '../../shared/capabilities/capabilities';
import { errorBodySchema } from '../../shared/errors/errors';
import { newId } from '../../shared/ids/ids';
import { candidatesResponseSchema } from '../../shared/planning/candidates-schema';
import { startTestApp, type TestApp } from '../testing/test-app';

/** The route over the demo association: real profiles, assignments and holidays, on SQLite or PostgreSQL. */
let t: TestApp;
let coordinator: string;
let busy: {
  personId: string;
  municipalityId: string;
  siteId: string;
  serviceTypeId: string;
  start: string;
  end: string;
};

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await t.login(t.logins.coordinator);
  const a = await t.db
    .selectFrom('assignments')
    .select(['personId', 'municipalityId', 'siteId', 'serviceTypeId', 'plannedStart', 'plannedEnd'])
    .where('associationId', '=', t.associationId!)
    .where('status', '!=', 'cancelled')
    .where('plannedStart', '>=', '2026-11-18')
    .orderBy('plannedStart')
    .executeTakeFirstOrThrow();
  busy = { ...a, start: a.plannedStart, end: a.plannedEnd };
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const slotOf = (more: Record<string, unknown> = {}) => {
  const { municipalityId, siteId, serviceTypeId, start, end } = busy;
  return { municipalityId, siteId, serviceTypeId, skills: [], start, end, ...more };
};
const post = (body: unknown) => t.json('/api/planning/candidates', coordinator, body);
async function issuesOf(body: unknown) {
  const res = await post(body);
  expect(res.status).toBe(400);
  return errorBodySchema.parse(await res.json()).details?.map((d) => [d.path, d.code]);
}

describe('POST /api/planning/candidates', () => {
  it('ranks the association’s workers with reasons, the one booked at that time among the last', async () => {
    const res = await post(slotOf({ skills: ['Meldeamt'] }));
    expect(res.status).toBe(200);
    const { candidates } = candidatesResponseSchema.parse(await res.json());
    const people = await t.db
      .selectFrom('people')
      .select(['id', 'roles'])
      .where('associationId', '=', t.associationId!)
      .execute();
    // Who works assignments; the municipality contact does not.
    const workers = people.filter((p) => can({ roles: JSON.parse(p.roles) }, 'assignments.work-own')).map((p) => p.id);
    expect(workers.length).toBeLessThan(people.length);
    expect(candidates.map((c) => c.personId).sort()).toEqual(workers.sort());
    const booked = candidates.findIndex((c) => c.personId === busy.personId);
    expect(candidates[booked]).toMatchObject({ unavailable: true, fits: false });
    expect(candidates[booked]!.reasons.map((r) => r.code)).toContain('busy');
    // The unavailable come after everyone free.
    expect(candidates.slice(booked).every((c) => c.unavailable)).toBe(true);
  });

  it('ranks a skilled person free after a morning booking first, travel from that booking’s site', async () => {
    const afternoon = { start: iso(Date.parse(busy.end) + HOUR), end: iso(Date.parse(busy.end) + 4 * HOUR) };
    const res = await post(slotOf({ skills: ['Meldeamt'], ...afternoon }));
    const { candidates } = candidatesResponseSchema.parse(await res.json());
    const first = candidates[0]!;
    expect(first).toMatchObject({ fits: true, missingSkills: [], unavailable: false });
    expect(first.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['skills_ok', 'free', 'week_hours']));
    expect(first.reasons.find((r) => r.code === 'travel')?.params).toMatchObject({ from: 'previous_site' });
    // Everyone missing the skill comes after everyone free who has it.
    const lastFit = candidates.findLastIndex((c) => c.fits);
    expect(candidates.slice(0, lastFit + 1).every((c) => c.fits)).toBe(true);
    expect(candidates.slice(lastFit + 1).every((c) => !c.fits)).toBe(true);
  });

  it('answers 400 naming the field: end before start, unknown or foreign ids, a skill nobody holds', async () => {
    expect(await issuesOf(slotOf({ end: busy.start, start: busy.end }))).toEqual([['end', 'end_before_start']]);
    expect(await issuesOf(slotOf({ siteId: newId() }))).toEqual([['siteId', 'unknown_reference']]);
    expect(await issuesOf(slotOf({ serviceTypeId: newId() }))).toEqual([['serviceTypeId', 'unknown_reference']]);
    expect(await issuesOf(slotOf({ skills: ['Meldeamt', 'Zauberei'] }))).toEqual([['skills.1', 'unknown_skill']]);
    const other = await t.db
      .selectFrom('sites')
      .select('id')
      .where('associationId', '=', t.associationId!)
      .where('municipalityId', '!=', busy.municipalityId)
      .executeTakeFirstOrThrow();
    expect(await issuesOf(slotOf({ siteId: other.id }))).toEqual([['siteId', 'site_not_in_municipality']]);
    expect(await issuesOf(slotOf({ start: 'morgen' }))).toEqual([['start', 'invalid_format']]);
    expect(await issuesOf({ ...slotOf(), extra: 1 })).toEqual([['', 'unrecognized_keys']]);
  });
});
