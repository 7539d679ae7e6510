import { describe, expect, it } from 'vitest';
import { mentorIssue, overlapsOf, shiftYears, stationIssues } from './rules';
import type { StationInput } from './schema';

const input = (over: Partial<StationInput> = {}): StationInput => ({
  apprenticeId: 'app',
  municipalityId: 'm1',
  department: 'Bauamt',
  startsOn: '2027-01-04',
  endsOn: '2027-01-29',
  startTime: '07:30',
  mentorId: 'mentor',
  deputyId: null,
  trainingAreas: [],
  ...over,
});

describe('station rules', () => {
  it('names endsOn for a station ending before it starts', () => {
    expect(stationIssues(input({ endsOn: '2027-01-03' }))).toEqual([
      expect.objectContaining({ path: 'endsOn', code: 'station_ends_before_start' }),
    ]);
    expect(stationIssues(input({ endsOn: '2027-01-04' }))).toEqual([]);
  });

  it('refuses the mentor as own deputy', () => {
    expect(stationIssues(input({ deputyId: 'mentor' }))[0]).toMatchObject({ path: 'deputyId' });
  });

  it("finds overlaps with the same apprentice's other stations only", () => {
    const s = { id: 'new', ...input() };
    const others = [
      { id: 'x', apprenticeId: 'app', startsOn: '2027-01-29', endsOn: '2027-02-12' },
      { id: 'y', apprenticeId: 'other', startsOn: '2027-01-04', endsOn: '2027-01-29' },
      { id: 'new', apprenticeId: 'app', startsOn: '2027-01-04', endsOn: '2027-01-29' },
      { id: 'z', apprenticeId: 'app', startsOn: '2027-01-30', endsOn: '2027-02-12' },
    ];
    expect(overlapsOf(s, others).map((o) => o.id)).toEqual(['x']);
  });

  it('accepts only people who may sign training records as mentors', () => {
    expect(mentorIssue('mentorId', { roles: ['mentor'] })).toBeNull();
    expect(mentorIssue('deputyId', { roles: ['staff'] })).toMatchObject({ path: 'deputyId', code: 'not_a_mentor' });
    expect(mentorIssue('mentorId', null)).toMatchObject({ path: 'mentorId', code: 'unknown_reference' });
  });

  it('shifts dates by a year, 29 February to 28 February', () => {
    expect(shiftYears('2027-09-01', 1)).toBe('2028-09-01');
    expect(shiftYears('2028-02-29', 1)).toBe('2029-02-28');
  });
});
