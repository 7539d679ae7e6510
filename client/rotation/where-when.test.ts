import { describe, expect, it } from 'vitest';
import type { Absence, AbsenceDetail } from '../../shared/absences/schema';
import type { Station } from '../../shared/rotation/schema';
import { currentAndNext, weekPlan } from './where-when';

const station = (id: string, startsOn: string, endsOn: string): Station => ({
  id,
  rev: 1,
  updatedAt: '2027-01-01T00:00:00.000Z',
  apprenticeId: 'jonas',
  municipalityId: 'm',
  department: 'Bauamt',
  startsOn,
  endsOn,
  startTime: '07:30',
  mentorId: 'gerhard',
  deputyId: null,
  trainingAreas: [],
});
const absence = (id: string, from: string, to: string, status: Absence['status'] = 'approved'): Absence => ({
  id,
  rev: 1,
  updatedAt: '2027-01-01T00:00:00.000Z',
  personId: 'jonas',
  from,
  to,
  startTime: null,
  endTime: null,
  status,
  decidedBy: null,
  decidedAt: null,
});
const detail = (id: string, kind: AbsenceDetail['kind']): AbsenceDetail => ({
  id,
  rev: 1,
  updatedAt: '2027-01-01T00:00:00.000Z',
  personId: 'jonas',
  kind,
  note: '',
});

describe('where am I when', () => {
  const plan = [station('c', '2027-02-01', '2027-02-26'), station('a', '2027-01-04', '2027-01-29')];

  it('finds the current station and the one after it', () => {
    expect(currentAndNext(plan, '2027-01-13')).toEqual({ current: plan[1], next: plan[0] });
    expect(currentAndNext(plan, '2027-01-30')).toEqual({ next: plan[0] });
    expect(currentAndNext(plan, '2027-03-01')).toEqual({});
  });

  it('marks school days from today to next Friday, not leave and not cancelled school days', () => {
    // Week of Monday 2027-02-01: school on Tuesday, leave on Wednesday, a cancelled school day on Thursday.
    const days = weekPlan(
      plan,
      [
        absence('s', '2027-02-02', '2027-02-02'),
        absence('l', '2027-02-03', '2027-02-03'),
        absence('x', '2027-02-04', '2027-02-04', 'cancelled'),
      ],
      [detail('s', 'school'), detail('l', 'leave'), detail('x', 'school')],
      'jonas',
      '2027-02-02',
    );
    expect(days.map((d) => [d.date, d.school, d.station?.id])).toEqual([
      ['2027-02-02', true, 'c'],
      ['2027-02-03', false, 'c'],
      ['2027-02-04', false, 'c'],
      ['2027-02-05', false, 'c'],
      ['2027-02-08', false, 'c'],
      ['2027-02-09', false, 'c'],
      ['2027-02-10', false, 'c'],
      ['2027-02-11', false, 'c'],
      ['2027-02-12', false, 'c'],
    ]);
    // On a Saturday the list starts with the Monday after.
    expect(weekPlan(plan, [], [], 'jonas', '2027-02-06').map((d) => d.date)[0]).toBe('2027-02-08');
    expect(weekPlan(plan, [], [], 'jonas', '2027-02-06')).toHaveLength(5);
  });
});
