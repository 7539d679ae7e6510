import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/assignments/schema';
import { newId } from '../../shared/ids/ids';
import type { Site } from '../../shared/masterdata/schemas';
import type { Series } from '../../shared/series/schema';
import type { LocalDb } from '../db/local-db';
import { freshDbs } from '../testing/fresh-dbs';
import { createRepeat } from './repeat-state';
import { formOf } from './schedule-form';

const open = freshDbs('repeat-state');
const zone = 'Europe/Vienna';
const M = newId();
const site = { id: newId(), municipalityId: M } as Site;
const series: Series = {
  id: newId(),
  rev: 3,
  updatedAt: '2027-01-01T00:00:00.000Z',
  personId: newId(),
  municipalityId: M,
  siteId: site.id,
  serviceTypeId: newId(),
  weekdays: [2, 4],
  interval: 2,
  startTime: '08:00',
  endTime: '12:00',
  startDate: '2027-03-02',
  endDate: '2027-06-29',
  task: 'Sprechstunde',
  skipped: [],
};
const occurrence: Assignment = {
  id: newId(),
  rev: 1,
  updatedAt: '2027-01-01T00:00:00.000Z',
  personId: series.personId,
  municipalityId: M,
  siteId: site.id,
  serviceTypeId: series.serviceTypeId,
  plannedStart: '2027-03-16T07:00:00.000Z',
  plannedEnd: '2027-03-16T11:00:00.000Z',
  task: 'Sprechstunde',
  status: 'planned',
  workerNotes: '',
  seriesId: series.id,
};

function repeatOn(db: LocalDb, existing: Assignment | null, start = '09:00', end = '12:00') {
  return createRoot(() => {
    const [form] = createSignal({ ...formOf(occurrence, zone), start, end });
    return createRepeat({ db, existing, form, sites: () => [site], fallback: { timeZone: zone, municipalities: [] } });
  });
}
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('the board form’s series part', () => {
  it('"this and all following" ends the series the day before and starts one with the form’s rhythm', async () => {
    const db = open();
    await db.assignmentSeries.put(series);
    const rep = repeatOn(db, occurrence);
    expect(rep.inSeries).toBe(true);
    rep.setScope('following');
    await settle();
    expect(rep.first()).toBe(false);
    expect(rep.repeat()).toEqual({ on: true, weekdays: [2, 4], interval: '2', until: '2027-06-29' });
    expect(await rep.save('')).toMatchObject({ saved: { skipped: [] } });
    const outbox = await db.outbox.orderBy('id').toArray();
    expect(outbox.map((e) => e.name)).toEqual(['series.update', 'series.create']);
    expect(outbox[0]?.args).toMatchObject({ id: series.id, changes: { endDate: '2027-03-15' } });
    expect(outbox[1]?.args).toMatchObject({
      startDate: '2027-03-16',
      endDate: '2027-06-29',
      weekdays: [2, 4],
      interval: 2,
      startTime: '09:00',
      ruleReason: null,
    });
  });

  it('a new assignment with "Wiederholen" saves a series; a breach first asks for the reason', async () => {
    const db = open();
    const rep = repeatOn(db, null, '05:00', '17:30');
    rep.setRepeat({ on: true, weekdays: [2], interval: '1', until: '2027-03-30' });
    const first = await rep.save('');
    expect(first).toHaveProperty('needsReason');
    expect(await db.outbox.count()).toBe(0);
    await rep.save('Inventur');
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ name: 'series.create', args: { ruleReason: 'Inventur', startDate: '2027-03-16' } });
  });

  it('refuses a missing end at the field, saving nothing', async () => {
    const db = open();
    const rep = repeatOn(db, null);
    rep.setRepeat({ on: true, weekdays: [2], interval: '1', until: '' });
    expect(await rep.save('')).toEqual({ errors: { until: 'required' } });
    expect(await db.outbox.count()).toBe(0);
  });
});
