import { describe, expect, it } from 'vitest';
import { associationCountry, type DayEntry, dayNetMinutes, dayWarnings, overlappingEntries } from './day-checks';

const day = '2026-03-12';
const entry = (id: string, start: string, end: string, breakMinutes = 0, date = day): DayEntry => ({
  id,
  date,
  start,
  end,
  breakMinutes,
});

describe('overlappingEntries', () => {
  const morning = entry('a', '08:00', '12:00');
  const afternoon = entry('b', '13:00', '16:00');

  it('finds an entry that shares time, ordered by start', () => {
    const found = overlappingEntries(entry('new', '11:30', '13:30'), [afternoon, morning]);
    expect(found.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('treats touching ends as no overlap: [start, end)', () => {
    expect(overlappingEntries(entry('new', '12:00', '13:00'), [morning, afternoon])).toEqual([]);
  });

  it('skips the entry being edited, other days and broken entries', () => {
    const edited = entry('a', '08:30', '11:00');
    expect(overlappingEntries(edited, [morning])).toEqual([]);
    expect(overlappingEntries(entry('new', '08:00', '12:00'), [entry('c', '08:00', '12:00', 0, '2026-03-13')])).toEqual(
      [],
    );
    expect(overlappingEntries(entry('new', '08:00', '12:00'), [entry('d', '10:00', '09:00')])).toEqual([]);
    expect(overlappingEntries(entry('new', '12:00', '08:00'), [morning])).toEqual([]);
  });

  it('finds an identical entry and one lying inside', () => {
    expect(overlappingEntries(entry('new', '08:00', '12:00'), [morning]).map((e) => e.id)).toEqual(['a']);
    expect(overlappingEntries(entry('new', '07:00', '17:00'), [morning, afternoon]).map((e) => e.id)).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('dayWarnings', () => {
  it('is silent for an ordinary day', () => {
    expect(dayWarnings(entry('new', '13:00', '16:30', 30), [entry('a', '07:30', '12:00')])).toEqual([]);
  });

  it('names the overlapped entry with its time span', () => {
    expect(dayWarnings(entry('new', '09:00', '10:00'), [entry('a', '08:00', '12:00')])).toEqual([
      { code: 'overlap', id: 'a', start: '08:00', end: '12:00' },
    ]);
  });

  it('warns once the day is over 10 h net, split entries added up, breaks taken off', () => {
    const others = [entry('a', '06:00', '12:00', 30), entry('b', '12:30', '16:30')];
    // 5:30 + 4:00 + 0:30 = exactly 10 h: allowed.
    expect(dayWarnings(entry('new', '17:00', '17:30'), others)).toEqual([]);
    expect(dayWarnings(entry('new', '17:00', '17:31'), others)).toEqual([
      { code: 'daily_max', netMinutes: 601, limitMinutes: 600 },
    ]);
  });

  it('counts the edited entry once, with its new times', () => {
    const others = [entry('a', '06:00', '12:00'), entry('b', '12:00', '16:00')];
    expect(dayNetMinutes(entry('b', '12:00', '17:00'), others)).toBe(660);
    expect(dayWarnings(entry('b', '12:00', '15:00'), others)).toEqual([]);
  });

  it('flags four identical entries both as overlap and as over the maximum', () => {
    const same = ['a', 'b', 'c'].map((id) => entry(id, '07:49', '12:00'));
    const codes = dayWarnings(entry('new', '07:49', '12:00'), same).map((w) => w.code);
    expect(codes).toEqual(['overlap', 'overlap', 'overlap', 'daily_max']);
  });

  it('uses the limit of the given country and the German one when none is known', () => {
    const long = entry('new', '06:00', '16:30');
    expect(dayWarnings(long, [], 'AT')).toEqual([{ code: 'daily_max', netMinutes: 630, limitMinutes: 600 }]);
    expect(dayWarnings(long, [])).toEqual([{ code: 'daily_max', netMinutes: 630, limitMinutes: 600 }]);
  });
});

describe('associationCountry', () => {
  it('is the country all municipalities on the device share, else unknown', () => {
    expect(associationCountry([{ country: 'AT' }, { country: 'AT' }])).toBe('AT');
    expect(associationCountry([{ country: 'AT' }, { country: 'DE' }])).toBeUndefined();
    expect(associationCountry([])).toBeUndefined();
  });
});
