import { describe, expect, it } from 'vitest';
import { associationCountry, type DayEntry, type DayWarning, dayWarnings, overlappingEntries } from './day-checks';

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
  const de = { timeZone: 'Europe/Berlin', adultPack: 'DE-ArbZG' as const, dateOfBirth: null };
  const rules = (ws: DayWarning[]) => ws.map((w) => (w.code === 'rule' ? w.warning.paragraph : w.code));

  it('is silent for an ordinary day', () => {
    expect(dayWarnings(entry('new', '13:00', '16:30', 30), [entry('a', '07:30', '12:00')], de)).toEqual([]);
  });

  it('names the overlapped entry with its time span', () => {
    expect(dayWarnings(entry('new', '09:00', '10:00'), [entry('a', '08:00', '12:00')], de)).toEqual([
      { code: 'overlap', id: 'a', start: '08:00', end: '12:00' },
    ]);
  });

  it('adds split entries up, takes breaks off, and names the paragraph once the day passes 10 h', () => {
    const others = [entry('a', '06:00', '12:00', 30), entry('b', '12:30', '16:30')];
    // 5:30 + 4:00 + 0:30 = exactly 10 h: only the notice above 8 h (ArbZG § 3 Satz 1), grown by the entry.
    expect(rules(dayWarnings(entry('new', '17:00', '17:30'), others, de))).toEqual(['§ 3 Satz 1 ArbZG']);
    const over = dayWarnings(entry('new', '17:00', '17:31'), others, de);
    expect(over).toContainEqual({
      code: 'rule',
      warning: expect.objectContaining({
        paragraph: '§ 3 Satz 2 ArbZG',
        params: expect.objectContaining({ netMinutes: 601 }),
      }),
    });
  });

  it('counts the edited entry once, with its new times', () => {
    const others = [entry('a', '06:00', '12:00', 30), entry('b', '12:00', '16:30')];
    expect(rules(dayWarnings(entry('b', '12:00', '18:00'), others, de))).toContain('§ 3 Satz 2 ArbZG');
    expect(dayWarnings(entry('b', '12:00', '14:00'), others, de)).toEqual([]);
  });

  it('checks the rest since the day before and the pack of a minor', () => {
    const evening = entry('a', '15:00', '23:00', 30, '2026-03-11');
    expect(rules(dayWarnings(entry('new', '07:00', '11:00'), [evening], de))).toEqual(['§ 5 Abs. 1 ArbZG']);
    const minor = { ...de, dateOfBirth: '2010-06-01' };
    expect(rules(dayWarnings(entry('new', '08:00', '17:30', 60), [], minor))).toEqual(['§ 8 Abs. 1 JArbSchG']);
  });

  it('uses the given pack: Carinthia allows 13 h a day', () => {
    const long = entry('new', '06:00', '18:00', 30);
    expect(rules(dayWarnings(long, [], de))).toContain('§ 3 Satz 2 ArbZG');
    expect(rules(dayWarnings(long, [], { ...de, timeZone: 'Europe/Vienna', adultPack: 'AT-K-GMG' }))).toEqual([]);
  });
});

describe('associationCountry', () => {
  it('is the country all municipalities on the device share, else unknown', () => {
    expect(associationCountry([{ country: 'AT' }, { country: 'AT' }])).toBe('AT');
    expect(associationCountry([{ country: 'AT' }, { country: 'DE' }])).toBeUndefined();
    expect(associationCountry([])).toBeUndefined();
  });
});
