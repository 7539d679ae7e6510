import { describe, expect, it } from 'vitest';
import { addDays, dateIn, daysBetween, fromMinutes, instantOf, timeIn, toMinutes, weekDates, weekStart } from './dates';

describe('dates', () => {
  it('reads the calendar date in the association time zone, not UTC', () => {
    const lateEvening = new Date('2026-03-01T23:30:00Z');
    expect(dateIn('Europe/Vienna', lateEvening)).toBe('2026-03-02');
    expect(dateIn('UTC', lateEvening)).toBe('2026-03-01');
  });
  it('walks across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-11-21', '2026-12-01')).toBe(10);
  });
  it('finds the Monday of an ISO week', () => {
    expect(weekStart('2026-11-21')).toBe('2026-11-16');
    expect(weekStart('2026-11-16')).toBe('2026-11-16');
    expect(weekDates('2026-11-22')).toHaveLength(7);
    expect(weekDates('2026-11-22')[6]).toBe('2026-11-22');
  });
  it('converts wall-clock times both ways, across daylight saving time', () => {
    expect(toMinutes('07:45')).toBe(465);
    expect(fromMinutes(465)).toBe('07:45');
    expect(instantOf('Europe/Vienna', '2026-07-01', '08:00').toISOString()).toBe('2026-07-01T06:00:00.000Z');
    expect(instantOf('Europe/Vienna', '2026-12-01', '08:00').toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(timeIn('Europe/Berlin', new Date('2026-12-01T07:00:00Z'))).toBe('08:00');
  });
});
