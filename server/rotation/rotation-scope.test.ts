import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushDevice, pushOne } from '../testing/people-pushes';
import { pullAll } from '../testing/pull-all';
import { foreignAdmin } from '../testing/route-matrix';
import { newStation, rotationCast } from '../testing/station-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * Who reads which stations and plans of the demo (server/demo/rotation.ts: Jonas's and Sophie's four
 * stations each, Gerhard and Martina mentor and deputy in turn).
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function pulled(cookie: string) {
  const { pages } = await pullAll(t, cookie);
  return {
    stations: pages.flatMap((p) => p.upserts.rotationStations),
    plans: pages.flatMap((p) => p.upserts.rotationPlans),
  };
}
const as = async (login: keyof TestApp['logins']) => pulled(await t.login(t.logins[login]));

describe('rotation read scopes', () => {
  it('gives coordinators and administrators every station and plan', async () => {
    for (const login of ['coordinator', 'admin'] as const) {
      const { stations, plans } = await as(login);
      expect(stations, login).toHaveLength(8);
      expect(plans, login).toHaveLength(2);
    }
  });

  it("gives the apprentice their own stations and plan, nobody else's", async () => {
    const c = await rotationCast(t);
    const { stations, plans } = await as('apprentice');
    expect(stations).toHaveLength(4);
    expect(stations.every((s) => s.apprenticeId === c.apprentice)).toBe(true);
    expect(plans.map((p) => p.apprenticeId)).toEqual([c.apprentice]);
  });

  it('gives a mentor the stations where she is mentor or deputy, and no plans', async () => {
    const c = await rotationCast(t);
    const { stations, plans } = await as('mentor');
    expect(stations.length).toBeGreaterThan(0);
    expect(stations.every((s) => s.mentorId === c.mentor || s.deputyId === c.mentor)).toBe(true);
    expect(plans).toEqual([]);
    const mine = await t.db
      .selectFrom('rotationStations')
      .select('id')
      .where((eb) => eb.or([eb('mentorId', '=', c.mentor), eb('deputyId', '=', c.mentor)]))
      .execute();
    expect(stations.map((s) => s.id).sort()).toEqual(mine.map((s) => s.id).sort());
  });

  it('gives staff, contacts and foreign administrators nothing of the rotation', async () => {
    for (const login of ['technician', 'cover', 'contact'] as const)
      expect(await as(login), login).toEqual({ stations: [], plans: [] });
    expect(await pulled(await foreignAdmin(t))).toEqual({ stations: [], plans: [] });
  });

  it('takes a station off the old mentor when another takes it over', async () => {
    const c = await rotationCast(t);
    const s = await newStation(t, { startsOn: '2036-01-07', endsOn: '2036-01-30', deputyId: null });
    const device = pushDevice(await t.login(t.logins.coordinator));
    const created = await pushOne(t, device, 'station.create', s);
    const mentorCookie = await t.login(t.logins.mentor);
    const { pages, cursor } = await pullAll(t, mentorCookie);
    expect(pages.flatMap((p) => p.upserts.rotationStations).map((r) => r.id)).toContain(s.id);
    const rev = created.status === 'applied' ? Number(created.row?.rev) : 0;
    await pushOne(t, device, 'station.update', {
      id: s.id,
      baseRev: rev,
      base: { mentorId: c.mentor },
      changes: { mentorId: c.deputy },
    });
    const after = await pullAll(t, mentorCookie, cursor);
    expect(after.pages.flatMap((p) => p.deletes.rotationStations)).toContain(s.id);
  });
});
