import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { overlaps } from '../../shared/planning/double-booking';
import type { SeriesInput } from '../../shared/series/schema';
import { toAssignment } from '../assignments/fields';
import { personOf, placeOf } from '../testing/assignment-pushes';
import { pushDevice, pushOne, pushRaw } from '../testing/people-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

/** Tuesdays 8:00–12:00 (Vienna: 7:00–11:00 UTC) over January 2027, for the cover worker. */
async function newSeries(over: Partial<SeriesInput> = {}): Promise<SeriesInput & { id: string }> {
  return {
    id: newId(),
    ...(await placeOf(t)),
    personId: await personOf(t, t.logins.cover),
    weekdays: [2],
    startTime: '08:00',
    endTime: '12:00',
    startDate: '2027-01-05',
    endDate: '2027-01-26',
    task: 'Bürgerbüro',
    ...over,
  };
}

async function single(seriesLike: SeriesInput, start: string, end: string) {
  const { municipalityId, siteId, serviceTypeId, personId } = seriesLike;
  return {
    id: newId(),
    personId,
    municipalityId,
    siteId,
    serviceTypeId,
    plannedStart: start,
    plannedEnd: end,
    task: 'Kassa',
    status: 'planned',
    workerNotes: '',
  };
}

const coordinator = async () => pushDevice(await t.login(t.logins.coordinator));
const plannedOf = async (personId: string) =>
  (
    await t.db
      .selectFrom('assignments')
      .selectAll()
      .where('personId', '=', personId)
      .where('status', '=', 'planned')
      .execute()
  ).map(toAssignment);

describe('series occurrences get the checks of a single assignment', () => {
  it('lists a day the person is booked already as a conflict and makes no assignment there', async () => {
    const s = await newSeries();
    const booked = await single(s, '2027-01-12T09:00:00.000Z', '2027-01-12T13:00:00.000Z');
    expect((await pushOne(t, await coordinator(), 'assignment.create', booked)).status).toBe('applied');
    const answer = await pushOne(t, await coordinator(), 'series.create', s);
    expect(answer).toMatchObject({
      status: 'applied',
      row: { skipped: [{ date: '2027-01-12', reason: 'conflict', name: '10:00–14:00' }] },
    });
    const days = (await plannedOf(s.personId)).filter((a) => a.seriesId === s.id).map((a) => a.plannedStart);
    expect(days.sort()).toEqual(['2027-01-05T07:00:00.000Z', '2027-01-19T07:00:00.000Z', '2027-01-26T07:00:00.000Z']);
  });

  it('plans every second week from the first week when the series says so', async () => {
    const s = await newSeries({ interval: 2, weekdays: [2, 4] });
    expect((await pushOne(t, await coordinator(), 'series.create', s)).status).toBe('applied');
    const days = (await plannedOf(s.personId)).filter((a) => a.seriesId === s.id).map((a) => a.plannedStart);
    expect(days.map((d) => d.slice(0, 10)).sort()).toEqual(['2027-01-05', '2027-01-07', '2027-01-19', '2027-01-21']);
  });

  it('refuses a series whose days breach the daily maximum without a reason, naming the paragraph', async () => {
    const s = await newSeries({ startTime: '05:00', endTime: '19:00' });
    const refused = await pushOne(t, await coordinator(), 'series.create', s);
    expect(refused).toMatchObject({ status: 'rejected', code: 'working_time' });
    expect(refused.message).toMatch(/§/);
    expect(refused.details?.map((d) => d.message.slice(-12))).toContain('(2027-01-05)');
    expect((await plannedOf(s.personId)).filter((a) => a.seriesId === s.id)).toEqual([]);

    const answered = await pushOne(t, await coordinator(), 'series.create', { ...s, ruleReason: 'Inventur' });
    expect(answered.status).toBe('applied');
    const made = (await plannedOf(s.personId)).filter((a) => a.seriesId === s.id);
    expect(made).toHaveLength(4);
    expect(made.every((a) => a.ruleOverride?.reason === 'Inventur' && a.ruleOverride.warnings.length > 0)).toBe(true);
  });

  it('refuses an interval of none, over eight or not whole as bad input (400 naming the field)', async () => {
    for (const interval of [0, 9, 1.5]) {
      const res = await pushRaw(t, await coordinator(), [
        { name: 'series.create', args: await newSeries({ interval }) },
      ]);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({
        code: 'validation_failed',
        details: [{ path: 'mutations.0.args.interval' }],
      });
    }
  });

  it('a series and a single assignment for the same person in flight at once never double-book', async () => {
    for (const day of ['2027-01-12', '2027-01-19', '2027-01-26']) {
      const s = await newSeries();
      const booked = await single(s, `${day}T08:00:00.000Z`, `${day}T10:00:00.000Z`);
      const [series, one] = await Promise.all([
        pushOne(t, await coordinator(), 'series.create', s),
        pushOne(t, await coordinator(), 'assignment.create', booked),
      ]);
      expect(series.status).toBe('applied');
      // Either the single came first (the series lists the day) or the series did (the single is refused).
      const skipped = (series.row as { skipped: { date: string; reason: string }[] }).skipped;
      if (one.status === 'applied') expect(skipped).toContainEqual(expect.objectContaining({ date: day }));
      else expect(one).toMatchObject({ status: 'rejected', code: 'double_booked' });
      const planned = await plannedOf(s.personId);
      const clashes = planned.flatMap((a) => planned.filter((b) => a.id < b.id && overlaps(a, b)));
      expect(clashes).toEqual([]);
      // Clear the person for the next round.
      await t.db.updateTable('assignments').set({ status: 'cancelled' }).where('personId', '=', s.personId).execute();
    }
  });
});
