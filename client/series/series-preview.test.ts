import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/assignments/schema';
import { newId } from '../../shared/ids/ids';
import type { PlannedSeries } from '../../shared/series/schema';
import { freshDbs } from '../testing/fresh-dbs';
import { previewSeries } from './series-preview';

const open = freshDbs('series-preview');
const M = newId();
const P = newId();
const fallback = { timeZone: 'Europe/Vienna', municipalities: [{ country: 'AT' as const }] };
const series: PlannedSeries = {
  personId: P,
  municipalityId: M,
  siteId: newId(),
  serviceTypeId: newId(),
  weekdays: [2],
  startTime: '08:00',
  endTime: '12:00',
  startDate: '2027-03-02',
  endDate: '2027-04-06',
  task: 'Sprechstunde',
};
const booked = (day: string, over: Partial<Assignment> = {}): Assignment => ({
  id: newId(),
  rev: 1,
  updatedAt: '2027-01-01T00:00:00.000Z',
  personId: P,
  municipalityId: M,
  siteId: series.siteId,
  serviceTypeId: series.serviceTypeId,
  plannedStart: `${day}T09:00:00.000Z`,
  plannedEnd: `${day}T10:00:00.000Z`,
  task: 'Kassa',
  status: 'planned',
  workerNotes: '',
  ...over,
});

describe('the series preview on the device', () => {
  it('lists the dates and, with reasons, the cached holiday, the closure day, a conflict and an absence', async () => {
    const db = open();
    await db.publicHolidays.put({ municipalityId: M, date: '2027-03-30', name: 'Osterdienstag' });
    await db.closureDays.put({
      id: newId(),
      rev: 1,
      updatedAt: '2027-01-01T00:00:00.000Z',
      date: '2027-03-16',
      municipalityId: null,
      part: 'whole',
      name: 'Betriebsausflug',
    });
    await db.absences.put({
      id: 'away',
      rev: 1,
      updatedAt: '2027-01-01T00:00:00.000Z',
      personId: P,
      from: '2027-04-06',
      to: '2027-04-06',
      startTime: null,
      endTime: null,
      status: 'approved',
      decidedBy: null,
      decidedAt: null,
    });
    await db.assignments.put(booked('2027-03-23'));
    const p = await previewSeries(db, series, fallback);
    expect(p.occurrences.map((o) => [o.date, o.absenceId])).toEqual([
      ['2027-03-02', null],
      ['2027-03-09', null],
      ['2027-04-06', 'away'],
    ]);
    expect(p.skipped).toEqual([
      { date: '2027-03-16', reason: 'closure', name: 'Betriebsausflug' },
      { date: '2027-03-23', reason: 'conflict', name: '10:00–11:00' },
      { date: '2027-03-30', reason: 'holiday', name: 'Osterdienstag' },
    ]);
  });

  it('does not count the rest of a series being split as conflicts of its new part', async () => {
    const db = open();
    const old = newId();
    await db.assignments.bulkPut([booked('2027-03-02', { seriesId: old }), booked('2027-03-09', { seriesId: old })]);
    const leaving = (a: { seriesId?: string | null | undefined; plannedStart: string }) =>
      a.seriesId === old && a.plannedStart >= '2027-03-09';
    const p = await previewSeries(db, series, fallback, leaving);
    expect(p.skipped).toEqual([{ date: '2027-03-02', reason: 'conflict', name: '10:00–11:00' }]);
    expect(p.occurrences.map((o) => o.date)).toContain('2027-03-09');
  });
});
