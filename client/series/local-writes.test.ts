import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors/errors';
import { newId } from '../../shared/ids/ids';
import type { SeriesInput } from '../../shared/series/schema';
import { freshDbs } from '../testing/fresh-dbs';
import { createSeries, updateSeries } from './local-writes';

const now = new Date('2026-11-18T09:30:00Z');
const open = freshDbs('series');
const input = (over: Partial<SeriesInput> = {}): SeriesInput => ({
  personId: newId(),
  municipalityId: newId(),
  siteId: newId(),
  serviceTypeId: newId(),
  weekdays: [2],
  startTime: '08:00',
  endTime: '12:00',
  startDate: '2027-01-05',
  endDate: '2027-06-29',
  task: 'Sprechstunde',
  ...over,
});

describe('series on the device', () => {
  it('stores a series and queues its create, then an earlier end as an update, offline', async () => {
    const db = open();
    const row = await createSeries(db, input(), now);
    await updateSeries(db, row.id, { endDate: '2027-03-30' }, now);
    expect((await db.assignmentSeries.get(row.id))?.endDate).toBe('2027-03-30');
    const outbox = await db.outbox.orderBy('id').toArray();
    expect(outbox.map((e) => e.name)).toEqual(['series.create', 'series.update']);
    expect(outbox[1]?.args).toMatchObject({ base: { endDate: '2027-06-29' }, changes: { endDate: '2027-03-30' } });
  });

  it('refuses a series without an end or over five years at endDate, storing nothing', async () => {
    const db = open();
    for (const endDate of [null, '2032-01-05']) {
      const err = await createSeries(db, input({ endDate }), now).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).details).toEqual([expect.objectContaining({ path: 'endDate', code: 'series_end' })]);
    }
    expect(await db.assignmentSeries.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
