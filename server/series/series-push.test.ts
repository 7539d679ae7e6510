import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import type { SeriesInput } from '../../shared/series/schema';
import { toAssignment } from '../assignments/fields';
import { assignmentUpdate, personOf, placeOf } from '../testing/assignment-pushes';
import { pushDevice, pushOne } from '../testing/people-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

/** Tuesdays and Thursdays 8:00–12:00 from December into January, past the demo plan for the cover worker. */
async function newSeries(over: Partial<SeriesInput> = {}): Promise<SeriesInput & { id: string }> {
  return {
    id: newId(),
    ...(await placeOf(t)),
    personId: await personOf(t, t.logins.cover),
    weekdays: [2, 4],
    startTime: '08:00',
    endTime: '12:00',
    startDate: '2026-12-15',
    endDate: '2027-01-14',
    task: 'Bürgerbüro Vertretung',
    ...over,
  };
}

const coordinator = async () => pushDevice(await t.login(t.logins.coordinator));

const occurrencesOf = async (seriesId: string) =>
  (
    await t.db.selectFrom('assignments').selectAll().where('seriesId', '=', seriesId).orderBy('plannedStart').execute()
  ).map(toAssignment);

const dayOf = (iso: string) => iso.slice(0, 10);

describe('series through the push', () => {
  it('expands into assignments carrying seriesId and lists the skipped public holidays', async () => {
    const s = await newSeries({ weekdays: [5] });
    const answer = await pushOne(t, await coordinator(), 'series.create', s);
    // Fridays: Christmas Day and New Year's Day are public holidays in Austria (the demo association).
    expect(answer).toMatchObject({
      status: 'applied',
      row: {
        skipped: [
          { date: '2026-12-25', reason: 'holiday' },
          { date: '2027-01-01', reason: 'holiday' },
        ],
      },
    });
    const occurrences = await occurrencesOf(s.id);
    expect(occurrences.map((a) => [a.plannedStart, a.plannedEnd, a.seriesId])).toEqual([
      ['2026-12-18T07:00:00.000Z', '2026-12-18T11:00:00.000Z', s.id],
      ['2027-01-08T07:00:00.000Z', '2027-01-08T11:00:00.000Z', s.id],
    ]);
    const stored = await t.db
      .selectFrom('assignmentSeries')
      .selectAll()
      .where('id', '=', s.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.skipped).map((d: { date: string }) => d.date)).toEqual(['2026-12-25', '2027-01-01']);
  });

  it('skips a whole closure day and lists it on the series', async () => {
    const s = await newSeries();
    await pushOne(t, pushDevice(await t.login(t.logins.admin)), 'closureDay.create', {
      id: newId(),
      date: '2026-12-22',
      municipalityId: s.municipalityId,
      part: 'whole',
      name: 'Klausurtag',
    });
    const answer = await pushOne(t, await coordinator(), 'series.create', s);
    expect(answer).toMatchObject({ status: 'applied', row: { skipped: [{ date: '2026-12-22', reason: 'closure' }] } });
    expect((await occurrencesOf(s.id)).map((a) => dayOf(a.plannedStart))).not.toContain('2026-12-22');
  });

  it('refuses a series without an end or over five years with series_end, writing nothing', async () => {
    const device = await coordinator();
    for (const endDate of [null, '2031-12-15']) {
      const s = await newSeries({ endDate });
      const answer = await pushOne(t, device, 'series.create', s);
      expect(answer).toMatchObject({ status: 'rejected', code: 'series_end', fields: ['endDate'] });
      expect(await occurrencesOf(s.id)).toEqual([]);
      expect(await t.db.selectFrom('assignmentSeries').select('id').where('id', '=', s.id).execute()).toEqual([]);
    }
  });

  it('refuses staff, who do not plan', async () => {
    const answer = await pushOne(t, pushDevice(await t.login(t.logins.technician)), 'series.create', await newSeries());
    expect(answer).toMatchObject({ status: 'rejected', code: 'forbidden' });
  });

  it('turns a day the person is away into an open cover request instead of an assignment', async () => {
    const s = await newSeries();
    const away = await pushOne(t, await coordinator(), 'absence.create', {
      id: newId(),
      personId: s.personId,
      from: '2026-12-29',
      to: '2026-12-31',
      startTime: null,
      endTime: null,
      status: 'approved',
    });
    expect(away.status).toBe('applied');
    expect((await pushOne(t, await coordinator(), 'series.create', s)).status).toBe('applied');
    const days = (await occurrencesOf(s.id)).map((a) => dayOf(a.plannedStart));
    expect(days).not.toContain('2026-12-29');
    expect(days).not.toContain('2026-12-31');
    const requests = await t.db
      .selectFrom('coverRequests')
      .select(['slots', 'state', 'siteId'])
      .where('siteId', '=', s.siteId)
      .where('note', '=', s.task)
      .execute();
    expect(requests.map((r) => [JSON.parse(r.slots)[0].start.slice(0, 10), r.state])).toEqual([
      ['2026-12-29', 'open'],
      ['2026-12-31', 'open'],
    ]);
  });

  it('edits one occurrence alone, and "this and all following" by ending it and starting another', async () => {
    const s = await newSeries();
    const device = await coordinator();
    await pushOne(t, device, 'series.create', s);
    const [first] = await occurrencesOf(s.id);
    const one = await pushOne(
      t,
      device,
      'assignment.update',
      assignmentUpdate(first!, { task: 'Nur heute: Kassa' }).args,
    );
    expect(one.status).toBe('applied');
    const row = await t.db
      .selectFrom('assignmentSeries')
      .select('rev')
      .where('id', '=', s.id)
      .executeTakeFirstOrThrow();
    // From 5 January on, afternoons: the old series ends on the 4th, a new one starts on the 5th.
    const next = { ...s, id: newId(), startDate: '2027-01-05', startTime: '13:00', endTime: '16:00' };
    const ended = await pushOne(t, device, 'series.update', {
      id: s.id,
      baseRev: Number(row.rev),
      base: { endDate: s.endDate },
      changes: { endDate: '2027-01-04' },
    });
    expect(ended.status).toBe('applied');
    expect((await pushOne(t, device, 'series.create', next)).status).toBe('applied');
    const old = await occurrencesOf(s.id);
    expect(old.find((a) => a.id === first!.id)).toMatchObject({ task: 'Nur heute: Kassa', status: 'planned' });
    expect(old.filter((a) => a.plannedStart >= '2027-01-05').every((a) => a.status === 'cancelled')).toBe(true);
    expect(old.filter((a) => a.plannedStart < '2027-01-05').every((a) => a.status === 'planned')).toBe(true);
    expect((await occurrencesOf(next.id)).map((a) => dayOf(a.plannedStart))).toEqual([
      '2027-01-05',
      '2027-01-07',
      '2027-01-12',
      '2027-01-14',
    ]);
  });

  it('refuses moving a series in place: its times stay, a split changes them', async () => {
    const s = await newSeries();
    const device = await coordinator();
    const created = await pushOne(t, device, 'series.create', s);
    const answer = await pushOne(t, device, 'series.update', {
      id: s.id,
      baseRev: created.row!.rev,
      base: { startTime: '08:00' },
      changes: { startTime: '09:00' },
    });
    expect(answer).toMatchObject({ status: 'rejected', code: 'series_fixed', fields: ['startTime'] });
  });
});

describe('two coordinators at once', () => {
  it('ending one series differently: one is applied, the other a conflict', async () => {
    const s = await newSeries();
    const created = await pushOne(t, await coordinator(), 'series.create', s);
    const [a, b] = [await coordinator(), await coordinator()];
    const end = (device: typeof a, endDate: string) =>
      pushOne(t, device, 'series.update', {
        id: s.id,
        baseRev: created.row!.rev,
        base: { endDate: s.endDate },
        changes: { endDate },
      });
    const answers = await Promise.all([end(a, '2026-12-31'), end(b, '2027-01-07')]);
    expect(answers.map((x) => x.status).sort()).toEqual(['applied', 'conflict']);
    const winner = String((answers.find((x) => x.status === 'applied')!.row as { endDate: string }).endDate);
    const planned = (await occurrencesOf(s.id)).filter((o) => o.status === 'planned');
    expect(planned.every((o) => dayOf(o.plannedStart) <= winner)).toBe(true);
  });

  it('sending the same series twice: one is applied, no occurrence is doubled', async () => {
    const s = await newSeries();
    const answers = await Promise.all([
      pushOne(t, await coordinator(), 'series.create', s),
      pushOne(t, await coordinator(), 'series.create', s),
    ]);
    expect(answers.map((x) => x.status).sort()).toEqual(['applied', 'rejected']);
    expect(answers.find((x) => x.status === 'rejected')).toMatchObject({ code: 'id_taken' });
    expect(await occurrencesOf(s.id)).toHaveLength(10);
  });
});
