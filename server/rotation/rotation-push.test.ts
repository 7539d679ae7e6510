import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { pushDevice, pushOne, pushRaw } from '../testing/people-pushes';
import { foreignAdmin } from '../testing/route-matrix';
import { newStation, rotationCast, stationCount } from '../testing/station-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const as = async (login: keyof TestApp['logins']) => pushDevice(await t.login(t.logins[login]));

describe('rotation stations through the push', () => {
  it('lets coordinators and administrators plan stations, and nobody else', async () => {
    for (const login of ['technician', 'cover', 'apprentice', 'mentor', 'contact'] as const) {
      const s = await newStation(t, { startsOn: '2031-01-06', endsOn: '2031-01-10' });
      expect(await pushOne(t, await as(login), 'station.create', s), login).toMatchObject({
        status: 'rejected',
        code: 'forbidden',
      });
    }
    const c = await rotationCast(t);
    const before = await stationCount(t, c.apprentice);
    const byCoordinator = await newStation(t, { startsOn: '2031-02-03', endsOn: '2031-02-07' });
    expect(await pushOne(t, await as('coordinator'), 'station.create', byCoordinator)).toMatchObject({
      status: 'applied',
    });
    const byAdmin = await newStation(t, { startsOn: '2031-03-03', endsOn: '2031-03-07' });
    expect(await pushOne(t, await as('admin'), 'station.create', byAdmin)).toMatchObject({ status: 'applied' });
    expect(await stationCount(t, c.apprentice)).toBe(before + 2);
  });

  it('refuses every other mutation of stations and plans to roles that do not plan', async () => {
    const station = await t.db.selectFrom('rotationStations').selectAll().executeTakeFirstOrThrow();
    const plan = await t.db.selectFrom('rotationPlans').selectAll().executeTakeFirstOrThrow();
    const c = await rotationCast(t);
    const mutations = [
      [
        'station.update',
        {
          id: station.id,
          baseRev: Number(station.rev),
          base: { department: station.department },
          changes: { department: 'X' },
        },
      ],
      ['station.delete', { id: station.id, base: { department: station.department } }],
      ['rotationPlan.create', { id: newId(), apprenticeId: c.staff, trainingAreas: ['Archiv'] }],
      [
        'rotationPlan.update',
        {
          id: plan.id,
          baseRev: Number(plan.rev),
          base: { trainingAreas: JSON.parse(plan.trainingAreas) },
          changes: { trainingAreas: [] },
        },
      ],
    ] as const;
    for (const login of ['technician', 'cover', 'apprentice', 'mentor', 'contact'] as const)
      for (const [name, args] of mutations)
        expect(await pushOne(t, await as(login), name, args), `${login} ${name}`).toMatchObject({
          status: 'rejected',
          code: 'forbidden',
        });
    const after = await t.db
      .selectFrom('rotationStations')
      .selectAll()
      .where('id', '=', station.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(station);
  });

  it("refuses a foreign association's administrator a station naming our people", async () => {
    const s = await newStation(t, { startsOn: '2031-04-07', endsOn: '2031-04-11' });
    const answer = await pushOne(t, pushDevice(await foreignAdmin(t)), 'station.create', s);
    expect(answer).toMatchObject({
      status: 'rejected',
      details: expect.arrayContaining([expect.objectContaining({ path: 'apprenticeId' })]),
    });
    expect(
      await t.db.selectFrom('rotationStations').select('id').where('id', '=', s.id).executeTakeFirst(),
    ).toBeUndefined();
  });

  it.each([
    [
      'a station ending before it starts',
      { startsOn: '2032-01-10', endsOn: '2032-01-09' },
      'endsOn',
      'station_ends_before_start',
    ],
    ['a mentor without the mentor role', 'staff', 'mentorId', 'not_a_mentor'],
    ['a deputy without the mentor role', 'staffDeputy', 'deputyId', 'not_a_mentor'],
    ['an apprentice who is none', 'staffApprentice', 'apprenticeId', 'not_an_apprentice'],
    ['a mentor unknown here', { mentorId: newId() }, 'mentorId', 'unknown_reference'],
  ] as const)('refuses %s, naming the field, and saves nothing', async (_name, over, path, code) => {
    const c = await rotationCast(t);
    const changes =
      over === 'staff'
        ? { mentorId: c.staff }
        : over === 'staffDeputy'
          ? { deputyId: c.staff }
          : over === 'staffApprentice'
            ? { apprenticeId: c.staff }
            : over;
    const s = await newStation(t, { startsOn: '2032-02-02', endsOn: '2032-02-06', ...changes });
    const answer = await pushOne(t, await as('coordinator'), 'station.create', s);
    expect(answer).toMatchObject({ status: 'rejected', code, details: [expect.objectContaining({ path, code })] });
    expect(
      await t.db.selectFrom('rotationStations').select('id').where('id', '=', s.id).executeTakeFirst(),
    ).toBeUndefined();
  });

  it('refuses a station overlapping one of the same apprentice, also within one push', async () => {
    const device = await as('coordinator');
    const first = await newStation(t, { startsOn: '2033-01-03', endsOn: '2033-01-28' });
    const second = await newStation(t, { startsOn: '2033-01-24', endsOn: '2033-02-18' });
    const res = await pushRaw(t, device, [
      { name: 'station.create', args: first },
      { name: 'station.create', args: second },
    ]);
    const { results } = (await res.json()) as {
      results: { status: string; code?: string; details?: { path: string }[] }[];
    };
    expect(results[0]).toMatchObject({ status: 'applied' });
    expect(results[1]).toMatchObject({ status: 'rejected', code: 'station_overlap', details: [{ path: 'startsOn' }] });
    // Another apprentice may be anywhere at the same time.
    const c = await rotationCast(t);
    const { id: _taken, ...rest } = second;
    const elsewhere = await newStation(t, { ...rest, apprenticeId: c.otherApprentice });
    expect(await pushOne(t, device, 'station.create', elsewhere)).toMatchObject({ status: 'applied' });
  });

  it('checks an update as a whole: moving a station onto another is refused', async () => {
    const device = await as('coordinator');
    const a = await newStation(t, { startsOn: '2034-01-02', endsOn: '2034-01-27' });
    const b = await newStation(t, { startsOn: '2034-02-06', endsOn: '2034-03-03' });
    await pushOne(t, device, 'station.create', a);
    const created = await pushOne(t, device, 'station.create', b);
    const rev = created.status === 'applied' ? Number(created.row?.rev) : 0;
    const move = { id: b.id, baseRev: rev, base: { startsOn: b.startsOn }, changes: { startsOn: '2034-01-20' } };
    expect(await pushOne(t, device, 'station.update', move)).toMatchObject({
      status: 'rejected',
      code: 'station_overlap',
    });
    const fine = { ...move, changes: { startsOn: '2034-01-30' } };
    expect(await pushOne(t, device, 'station.update', fine)).toMatchObject({
      status: 'applied',
      row: { startsOn: '2034-01-30' },
    });
    expect(await pushOne(t, device, 'station.delete', { id: a.id, base: { department: a.department } })).toMatchObject({
      status: 'applied',
    });
    expect(
      await pushOne(t, device, 'station.update', { ...move, baseRev: rev + 1, base: { startsOn: '2034-01-30' } }),
    ).toMatchObject({ status: 'applied', row: { startsOn: '2034-01-20' } });
  });

  it('keeps one plan per apprentice', async () => {
    const c = await rotationCast(t);
    const answer = await pushOne(t, await as('coordinator'), 'rotationPlan.create', {
      id: newId(),
      apprenticeId: c.apprentice,
      trainingAreas: ['Standesamt'],
    });
    expect(answer).toMatchObject({ status: 'rejected', code: 'plan_exists', details: [{ path: 'apprenticeId' }] });
  });
});
