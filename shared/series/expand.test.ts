import { describe, expect, it } from 'vitest';
import type { Absence } from '../absences/schema';
import { seriesCalendarOf } from './calendar';
import { expandSeries, seriesDates } from './expand';
import type { PlannedSeries } from './schema';

const M = '01900000-0000-7000-8000-000000000001';
const OTHER_M = '01900000-0000-7000-8000-000000000009';
const P = '01900000-0000-7000-8000-000000000002';

const series = (over: Partial<PlannedSeries> = {}): PlannedSeries => ({
  personId: P,
  municipalityId: M,
  siteId: '01900000-0000-7000-8000-000000000003',
  serviceTypeId: '01900000-0000-7000-8000-000000000004',
  weekdays: [2],
  startTime: '08:00',
  endTime: '12:00',
  startDate: '2026-03-10',
  endDate: '2026-04-07',
  task: 'IT-Sprechstunde Volksschule',
  ...over,
});

const absence = (over: Partial<Absence>): Absence => ({
  id: '01900000-0000-7000-8000-0000000000aa',
  rev: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  personId: P,
  from: '2026-03-24',
  to: '2026-03-24',
  startTime: null,
  endTime: null,
  status: 'approved',
  decidedBy: null,
  decidedAt: null,
  ...over,
});

const plain = (over: Partial<Parameters<typeof seriesCalendarOf>[0]> = {}) =>
  seriesCalendarOf({ timeZone: 'Europe/Berlin', holidays: [], closures: [], absences: [], ...over });

describe('series dates', () => {
  it('gives every named weekday between start and end, both inclusive', () => {
    expect(seriesDates(series({ weekdays: [1, 3], startDate: '2026-03-16', endDate: '2026-03-30' }))).toEqual([
      '2026-03-16',
      '2026-03-18',
      '2026-03-23',
      '2026-03-25',
      '2026-03-30',
    ]);
  });

  it('starts at `from` for the rest of a split series', () => {
    expect(seriesDates(series(), '2026-03-25')).toEqual(['2026-03-31', '2026-04-07']);
  });
});

describe('expanding a series', () => {
  it('keeps the wall-clock time across the change to summer time (Europe/Berlin, 29 March 2026)', () => {
    const { occurrences } = expandSeries(series(), plain());
    const byDate = new Map(occurrences.map((o) => [o.date, o]));
    // 8:00 CET is 7:00 UTC before the change, 8:00 CEST is 6:00 UTC after it.
    expect(byDate.get('2026-03-24')).toMatchObject({
      plannedStart: '2026-03-24T07:00:00.000Z',
      plannedEnd: '2026-03-24T11:00:00.000Z',
    });
    expect(byDate.get('2026-03-31')).toMatchObject({
      plannedStart: '2026-03-31T06:00:00.000Z',
      plannedEnd: '2026-03-31T10:00:00.000Z',
    });
  });

  it('keeps it across the change back to winter time too', () => {
    const s = series({ startDate: '2026-10-20', endDate: '2026-10-27' });
    expect(expandSeries(s, plain()).occurrences.map((o) => o.plannedStart)).toEqual([
      '2026-10-20T06:00:00.000Z',
      '2026-10-27T07:00:00.000Z',
    ]);
  });

  it("skips the municipality's public holidays and lists them, not another municipality's", () => {
    const calendar = plain({
      holidays: [
        { municipalityId: M, date: '2026-04-07', name: 'Ostermontag (Test)' },
        { municipalityId: OTHER_M, date: '2026-03-17', name: 'Anderswo' },
      ],
    });
    const { occurrences, skipped } = expandSeries(series(), calendar);
    expect(skipped).toEqual([{ date: '2026-04-07', reason: 'holiday', name: 'Ostermontag (Test)' }]);
    expect(occurrences.map((o) => o.date)).toEqual(['2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31']);
  });

  it('skips whole closure days of the municipality or of all, and lists them; a half day stays', () => {
    const calendar = plain({
      closures: [
        { date: '2026-03-17', municipalityId: M, part: 'whole', name: 'Betriebsausflug' },
        { date: '2026-03-24', municipalityId: null, part: 'whole', name: 'Personalversammlung' },
        { date: '2026-03-31', municipalityId: M, part: 'half', name: 'Nachmittag zu' },
        { date: '2026-03-10', municipalityId: OTHER_M, part: 'whole', name: 'Anderswo' },
      ],
    });
    const { occurrences, skipped } = expandSeries(series(), calendar);
    expect(skipped.map((d) => [d.date, d.reason, d.name])).toEqual([
      ['2026-03-17', 'closure', 'Betriebsausflug'],
      ['2026-03-24', 'closure', 'Personalversammlung'],
    ]);
    expect(occurrences.map((o) => o.date)).toEqual(['2026-03-10', '2026-03-31', '2026-04-07']);
  });

  it('keeps a day the person is away, naming the approved absence, so it becomes a cover request', () => {
    const calendar = plain({
      absences: [
        absence({ id: '01900000-0000-7000-8000-0000000000a1', from: '2026-03-23', to: '2026-03-25' }),
        absence({
          id: '01900000-0000-7000-8000-0000000000a2',
          from: '2026-03-31',
          to: '2026-03-31',
          status: 'requested',
        }),
        // A part day from 13:00 does not touch 8:00–12:00; one until 9:00 does.
        absence({
          id: '01900000-0000-7000-8000-0000000000a3',
          from: '2026-03-10',
          to: '2026-03-10',
          startTime: '13:00',
          endTime: '17:00',
        }),
        absence({
          id: '01900000-0000-7000-8000-0000000000a4',
          from: '2026-03-17',
          to: '2026-03-17',
          startTime: '07:00',
          endTime: '09:00',
        }),
      ],
    });
    const absent = expandSeries(series(), calendar).occurrences.map((o) => [o.date, o.absenceId]);
    expect(absent).toEqual([
      ['2026-03-10', null],
      ['2026-03-17', '01900000-0000-7000-8000-0000000000a4'],
      ['2026-03-24', '01900000-0000-7000-8000-0000000000a1'],
      ['2026-03-31', null],
      ['2026-04-07', null],
    ]);
  });
});
