import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pushDevice, pushOne } from '../testing/people-pushes';
import { newStation, rotationCast } from '../testing/station-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * Two coordinators adding overlapping stations for one apprentice at once. On PostgreSQL
 * (TEST_DATABASE_URL) the pushes run in overlapping transactions; the association's write lock
 * (write-path.ts) must let exactly one through.
 */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const live = async (apprenticeId: string, from: string) =>
  t.db
    .selectFrom('rotationStations')
    .select('id')
    .where('apprenticeId', '=', apprenticeId)
    .where('startsOn', '>=', from)
    .where('deleted', '=', 0)
    .execute();

describe('stations added at once', () => {
  it('lets exactly one of two overlapping stations in, the other is refused at startsOn', async () => {
    const c = await rotationCast(t);
    const a = await newStation(t, { startsOn: '2035-01-01', endsOn: '2035-01-26', department: 'Bauamt' });
    const b = await newStation(t, { startsOn: '2035-01-15', endsOn: '2035-02-09', department: 'Kämmerei' });
    const [one, two] = [pushDevice(await t.login(t.logins.coordinator)), pushDevice(await t.login(t.logins.admin))];
    const results = await Promise.all([pushOne(t, one, 'station.create', a), pushOne(t, two, 'station.create', b)]);
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    expect(results.find((r) => r.status !== 'applied')).toMatchObject({
      status: 'rejected',
      code: 'station_overlap',
      details: [{ path: 'startsOn' }],
    });
    expect(await live(c.apprentice, '2035-01-01')).toHaveLength(1);
  });

  it('lets both in when they do not overlap', async () => {
    const c = await rotationCast(t);
    const a = await newStation(t, { startsOn: '2035-03-05', endsOn: '2035-03-30' });
    const b = await newStation(t, { startsOn: '2035-04-02', endsOn: '2035-04-27' });
    const [one, two] = [pushDevice(await t.login(t.logins.coordinator)), pushDevice(await t.login(t.logins.admin))];
    const results = await Promise.all([pushOne(t, one, 'station.create', a), pushOne(t, two, 'station.create', b)]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(await live(c.apprentice, '2035-03-01')).toHaveLength(2);
  });
});
