import { describe, expect, it } from 'vitest';
import { planFlags, workingDays } from './flags';
import type { Station } from './schema';

const station = (id: string, startsOn: string, endsOn: string, over: Partial<Station> = {}): Station => ({
  id,
  rev: 1,
  updatedAt: '2026-12-01T00:00:00.000Z',
  apprenticeId: 'app',
  municipalityId: 'm1',
  department: 'Bürgerservice',
  startsOn,
  endsOn,
  startTime: '08:00',
  mentorId: 'mentor',
  deputyId: null,
  trainingAreas: [],
  ...over,
});

describe('rotation flags', () => {
  it('counts working days only', () => {
    // 2027-01-08 is a Friday, 01-11 the Monday after.
    expect(workingDays('2027-01-08', '2027-01-11')).toBe(2);
    expect(workingDays('2027-01-09', '2027-01-10')).toBe(0);
    expect(workingDays('2027-01-11', '2027-01-08')).toBe(0);
  });

  it('flags overlapping stations as pairs', () => {
    const f = planFlags(
      [
        station('b', '2027-01-11', '2027-01-22'),
        station('a', '2027-01-04', '2027-01-15'),
        station('c', '2027-02-01', '2027-02-05'),
      ],
      [],
      [],
    );
    expect(f.overlaps).toEqual([['a', 'b']]);
  });

  it('flags a gap of working days, not a weekend between stations', () => {
    const weekend = planFlags(
      [station('a', '2027-01-04', '2027-01-08'), station('b', '2027-01-11', '2027-01-15')],
      [],
      [],
    );
    expect(weekend.gaps).toEqual([]);
    const week = planFlags(
      [station('a', '2027-01-04', '2027-01-08'), station('b', '2027-01-18', '2027-01-22')],
      [],
      [],
    );
    expect(week.gaps).toEqual([{ from: '2027-01-09', to: '2027-01-17', workingDays: 5 }]);
  });

  it('does not see a gap inside a long station that spans a shorter one', () => {
    const f = planFlags(
      [
        station('long', '2027-01-04', '2027-01-29'),
        station('short', '2027-01-05', '2027-01-06'),
        station('n', '2027-02-01', '2027-02-05'),
      ],
      [],
      [],
    );
    expect(f.gaps).toEqual([]);
  });

  it('flags a station whose mentor is away, clipped to the station, and ignores declined absences', () => {
    const s = station('a', '2027-01-04', '2027-01-15');
    const f = planFlags(
      [s],
      [],
      [
        { personId: 'mentor', from: '2026-12-28', to: '2027-01-05', status: 'approved' },
        { personId: 'mentor', from: '2027-01-12', to: '2027-01-12', status: 'declined' },
        { personId: 'someone', from: '2027-01-12', to: '2027-01-12', status: 'approved' },
      ],
    );
    expect(f.mentorAway).toEqual([{ stationId: 'a', from: '2027-01-04', to: '2027-01-05' }]);
  });

  it('lists the plan areas no station covers, case aside', () => {
    const f = planFlags(
      [station('a', '2027-01-04', '2027-01-08', { trainingAreas: ['meldewesen'] })],
      ['Meldewesen', 'Haushalt'],
      [],
    );
    expect(f.uncovered).toEqual(['Haushalt']);
  });
});
