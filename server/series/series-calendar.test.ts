import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { expandSeries } from '../../shared/series/expand';
import { personOf, placeOf } from '../testing/assignment-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';
import { loadSeriesCalendar } from './series-calendar';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const STAMP = '2026-11-18T09:30:00.000Z';

describe('a series against the database', () => {
  it("skips the municipality's public holidays and the association's closure days, and names absences", async () => {
    const place = await placeOf(t);
    const personId = await personOf(t, t.logins.technician);
    const associationId = t.associationId!;
    const synced = { associationId, rev: 1, deleted: 0, updatedAt: STAMP };
    await t.db
      .insertInto('closureDays')
      .values({ id: newId(), ...synced, date: '2026-12-22', municipalityId: null, part: 'whole', name: 'Klausur' })
      .execute();
    const absenceId = newId();
    await t.db
      .insertInto('absences')
      .values({
        id: absenceId,
        ...synced,
        personId,
        fromDate: '2026-12-29',
        toDate: '2026-12-31',
        startTime: null,
        endTime: null,
        status: 'approved',
        decidedBy: null,
        decidedAt: null,
        createdAt: STAMP,
      })
      .execute();
    const series = {
      ...place,
      personId,
      weekdays: [2, 5],
      startTime: '08:00',
      endTime: '12:00',
      startDate: '2026-12-15',
      endDate: '2027-01-08',
      task: 'Sprechstunde',
    };
    const calendar = await loadSeriesCalendar(t.db, {
      associationId,
      municipalityId: place.municipalityId,
      personId,
      from: series.startDate,
      to: series.endDate,
    });
    const { occurrences, skipped } = expandSeries(series, calendar);
    // Christmas Day (a Friday) and New Year's Day (a Friday) are public holidays in Germany and Austria alike.
    expect(skipped.map((s) => [s.date, s.reason])).toEqual([
      ['2026-12-22', 'closure'],
      ['2026-12-25', 'holiday'],
      ['2027-01-01', 'holiday'],
    ]);
    expect(occurrences.map((o) => [o.date, o.absenceId])).toEqual([
      ['2026-12-15', null],
      ['2026-12-18', null],
      ['2026-12-29', absenceId],
      ['2027-01-05', null],
      ['2027-01-08', null],
    ]);
  });
});
