import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/errors/errors';
import type { ClaimResponse } from '../../shared/open-shifts/schema';
import { emailOf } from '../demo/data';
import { personOf } from '../testing/assignment-pushes';
import { newShift, pulledRows } from '../testing/open-shifts';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let coordinator: string;
let cover: string;
beforeEach(async () => {
  t = await startTestApp();
  coordinator = await t.login(t.logins.coordinator);
  cover = await t.login(t.logins.cover);
});
afterEach(() => t.close());

const publish = async (over = {}) => {
  const shift = await newShift(t, over);
  const res = await t.json('/api/open-shifts', coordinator, shift);
  expect(res.status).toBe(201);
  return shift;
};
const claim = (id: string, cookie: string) => t.json(`/api/open-shifts/${id}/claim`, cookie, {});
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json());

describe('open shifts', () => {
  it('reach the qualified by pull, not the others', async () => {
    const shift = await publish();
    expect((await pulledRows(t, cover, 'openShifts')).map((s) => s.id)).toContain(shift.id);
    const technician = await t.login(t.logins.technician);
    // The technician sees the demo's school shift only.
    const seen = await pulledRows(t, technician, 'openShifts');
    expect(seen.map((s) => s.skills)).toEqual([['IT-Schulsupport']]);
    const all = await pulledRows(t, coordinator, 'openShifts');
    expect(all.find((s) => s.id === shift.id)?.state).toBe('open');
  });

  it('a claim makes the claimant an assignment and tells the coordinator', async () => {
    const shift = await publish();
    const res = await claim(shift.id, cover);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ClaimResponse;
    expect(body.shift).toMatchObject({ state: 'taken', assignmentId: shift.id });
    const coverId = await personOf(t, t.logins.cover);
    const assignments = await pulledRows(t, cover, 'assignments');
    expect(assignments.find((a) => a.id === shift.id)).toMatchObject({ personId: coverId, status: 'planned' });
    const told = await pulledRows(t, coordinator, 'notifications');
    expect(told.map((n) => n.kind)).toEqual(['openShift.claimed']);
    expect(told[0]!.params.person).toBe('Anna Steiner');
  });

  it('refuses a claim without the skill, naming it, and leaves the shift open', async () => {
    const shift = await publish();
    const res = await claim(shift.id, await t.login(t.logins.technician));
    expect(res.status).toBe(422);
    const err = await errorOf(res);
    expect(err.code).toBe('missing_skill');
    expect(err.details).toEqual([{ path: 'skills', code: 'missing_skill', message: 'Meldeamt' }]);
    expect((await pulledRows(t, coordinator, 'openShifts')).find((s) => s.id === shift.id)?.state).toBe('open');
  });

  it('concurrent claims: exactly one wins, the others get 409 already_taken', async () => {
    const shift = await publish();
    const second = await t.login(emailOf('Michael Huber'));
    const results = await Promise.all([claim(shift.id, cover), claim(shift.id, second), claim(shift.id, cover)]);
    const statuses = results.map((r) => r.status).sort();
    // The same person twice: the repeat answers the claim they have; the other person loses.
    const won = results.filter((r) => r.status === 200).length;
    expect(won === 2 || won === 1).toBe(true);
    expect(statuses.filter((s) => s === 409).length).toBe(3 - won);
    const rows = await t.db.selectFrom('assignments').select('personId').where('id', '=', shift.id).execute();
    expect(rows).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 409)) expect((await errorOf(r)).code).toBe('already_taken');
  });

  it('many claimants at once: one assignment, one winner', async () => {
    const shift = await publish({ skills: ['Bürgerservice'] });
    const others = await t.login(emailOf('Julia Wallner'));
    const results = await Promise.all([claim(shift.id, cover), claim(shift.id, others)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect((await errorOf(loser)).message).toMatch(/^Already taken by (Anna Steiner|Julia Wallner)$/);
    const count = await t.db.selectFrom('assignments').select('id').where('id', '=', shift.id).execute();
    expect(count).toHaveLength(1);
  });

  it('with confirmation required a claim waits; confirming makes the assignment and tells the claimant', async () => {
    const shift = await publish({ needsConfirmation: true });
    const res = await claim(shift.id, cover);
    expect(((await res.json()) as ClaimResponse).shift.state).toBe('pending');
    expect(await t.db.selectFrom('assignments').select('id').where('id', '=', shift.id).execute()).toEqual([]);
    const ok = await t.json(`/api/open-shifts/${shift.id}/confirm`, coordinator, {});
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as ClaimResponse).shift.state).toBe('taken');
    expect(await t.db.selectFrom('assignments').select('id').where('id', '=', shift.id).execute()).toHaveLength(1);
    const kinds = (await pulledRows(t, cover, 'notifications')).map((n) => n.kind);
    expect(kinds).toContain('openShift.confirmed');
  });

  it('declining a pending claim opens the shift again for the next claimant', async () => {
    const shift = await publish({ needsConfirmation: true });
    await claim(shift.id, cover);
    expect((await t.json(`/api/open-shifts/${shift.id}/decline`, coordinator, {})).status).toBe(200);
    const second = await t.login(emailOf('Michael Huber'));
    expect((await claim(shift.id, second)).status).toBe(200);
    expect((await pulledRows(t, cover, 'notifications')).map((n) => n.kind)).toEqual(['openShift.declined']);
  });

  it('a withdrawn shift cannot be claimed', async () => {
    const shift = await publish();
    expect((await t.json(`/api/open-shifts/${shift.id}/withdraw`, coordinator, {})).status).toBe(200);
    const res = await claim(shift.id, cover);
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('already_taken');
  });

  it('a claim that would double-book the claimant is refused and changes nothing', async () => {
    const first = await publish();
    await claim(first.id, cover);
    const overlapping = await publish({
      plannedStart: '2027-01-12T09:00:00.000Z',
      plannedEnd: '2027-01-12T13:00:00.000Z',
    });
    const res = await claim(overlapping.id, cover);
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('conflict');
    const row = await t.db.selectFrom('openShifts').select('state').where('id', '=', overlapping.id).executeTakeFirst();
    expect(row?.state).toBe('open');
  });
});

describe('open shifts: bad input', () => {
  it('refuses an end before the start, naming the field', async () => {
    const shift = await newShift(t, { plannedEnd: '2027-01-12T06:00:00.000Z' });
    const res = await t.json('/api/open-shifts', coordinator, shift);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).details?.map((d) => d.path)).toContain('plannedEnd');
  });
  it('refuses skills nobody holds', async () => {
    const shift = await newShift(t, { skills: ['Zauberei'] });
    const res = await t.json('/api/open-shifts', coordinator, shift);
    expect(res.status).toBe(422);
    expect((await errorOf(res)).details?.[0]?.path).toBe('skills');
    expect(await t.db.selectFrom('openShifts').select('id').where('id', '=', shift.id).execute()).toEqual([]);
  });
  it('refuses a site of another municipality', async () => {
    const sites = await t.db.selectFrom('sites').select(['id', 'municipalityId']).execute();
    const shift = await newShift(t);
    const foreignSite = sites.find((s) => s.municipalityId !== shift.municipalityId)!;
    const res = await t.json('/api/open-shifts', coordinator, { ...shift, siteId: foreignSite.id });
    expect(res.status).toBe(400);
  });
  it('refuses a malformed shift id and an unknown one', async () => {
    expect((await claim('nope', cover)).status).toBe(400);
    expect((await claim('01890000-0000-7000-8000-000000000000', cover)).status).toBe(404);
  });
  it('refuses confirming a shift that is not pending', async () => {
    const shift = await publish();
    expect((await t.json(`/api/open-shifts/${shift.id}/confirm`, coordinator, {})).status).toBe(409);
  });
});
