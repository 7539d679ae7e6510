import { describe, expect, it } from 'vitest';
import { checkTimeEntry, netMinutes } from './rules';

const today = '2026-11-21';
const ok = { date: today, start: '08:00', end: '12:30', breakMinutes: 15 };

describe('checkTimeEntry', () => {
  it('accepts a plain entry and computes net time', () => {
    expect(checkTimeEntry(ok, today)).toEqual([]);
    expect(netMinutes(ok)).toBe(255);
  });
  it('refuses an end before or equal to the start', () => {
    expect(checkTimeEntry({ ...ok, end: '07:59' }, today).map((i) => i.code)).toEqual(['end_before_start']);
    expect(checkTimeEntry({ ...ok, end: '08:00' }, today).map((i) => i.code)).toEqual(['end_before_start']);
  });
  it('refuses a break as long as the entry', () => {
    expect(checkTimeEntry({ ...ok, breakMinutes: 270 }, today).map((i) => i.code)).toEqual(['break_too_long']);
  });
  it('refuses a date far in the future but tolerates a skewed clock of a few days', () => {
    expect(checkTimeEntry({ ...ok, date: '2026-11-28' }, today)).toEqual([]);
    expect(checkTimeEntry({ ...ok, date: '2026-11-29' }, today).map((i) => i.code)).toEqual(['date_in_future']);
  });
});
