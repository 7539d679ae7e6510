import { describe, expect, it } from 'vitest';
import { loadOf, plannedMinutes, weeklyPlannedMinutes } from './week-totals';

const a = (personId: string, start: string, end: string, status: 'planned' | 'cancelled' = 'planned') => ({
  personId,
  plannedStart: start,
  plannedEnd: end,
  status,
});

describe('weeklyPlannedMinutes', () => {
  it('adds up each person’s planned minutes per week and leaves cancelled ones out', () => {
    const totals = weeklyPlannedMinutes(
      [
        a('p1', '2026-12-07T07:00:00Z', '2026-12-07T11:00:00Z'),
        a('p1', '2026-12-11T12:00:00Z', '2026-12-11T13:30:00Z'),
        a('p1', '2026-12-08T07:00:00Z', '2026-12-08T15:00:00Z', 'cancelled'),
        a('p1', '2026-12-14T07:00:00Z', '2026-12-14T08:00:00Z'),
        a('p2', '2026-12-09T07:00:00Z', '2026-12-09T09:00:00Z'),
      ],
      'Europe/Vienna',
    );
    expect(totals.get('p1')).toEqual(
      new Map([
        ['2026-12-07', 330],
        ['2026-12-14', 60],
      ]),
    );
    expect(totals.get('p2')?.get('2026-12-07')).toBe(120);
  });

  it('puts a Sunday-night start into the week of its local date, not of its UTC date', () => {
    // 23:30 UTC on Sunday is 00:30 on Monday in Vienna: the next week.
    const totals = weeklyPlannedMinutes([a('p1', '2026-12-13T23:30:00Z', '2026-12-14T01:30:00Z')], 'Europe/Vienna');
    expect([...(totals.get('p1')?.keys() ?? [])]).toEqual(['2026-12-14']);
  });
});

describe('plannedMinutes and loadOf', () => {
  it('counts cancelled assignments as nothing', () => {
    expect(plannedMinutes(a('p', '2026-12-07T07:00:00Z', '2026-12-07T08:00:00Z', 'cancelled'))).toBe(0);
  });

  it('tells under, on and over target apart', () => {
    expect(loadOf(20 * 60, 40 * 60)).toBe('under');
    expect(loadOf(37 * 60, 40 * 60)).toBe('on');
    expect(loadOf(40 * 60, 40 * 60)).toBe('on');
    expect(loadOf(41 * 60, 40 * 60)).toBe('over');
  });
});
