import { describe, expect, it } from 'vitest';
import { checkWorkingTime } from './checker';
import { type HolidaySource, holidayCalendar, type PublicHoliday, wholeDaysOff } from './holidays';
import { of, zone } from './testing/work';

/** A stand-in for the holiday library: a few 2026 and 2027 days, and a count of how often it is asked. */
function fakeSource() {
  const asked: string[] = [];
  const data: Record<string, PublicHoliday[]> = {
    'AT|AT-2|2026': [
      { date: '2026-10-10', name: 'Tag der Volksabstimmung' },
      { date: '2026-12-25', name: 'Christtag' },
      { date: '2026-01-01', name: 'Neujahr' },
    ],
    'AT|AT-2|2027': [{ date: '2027-01-01', name: 'Neujahr' }],
    'DE|DE-HE|2026': [{ date: '2026-06-04', name: 'Fronleichnam' }],
  };
  const source: HolidaySource = {
    holidaysOf(country, state, year) {
      const key = `${country}|${state ?? ''}|${year}`;
      asked.push(key);
      return data[key] ?? [];
    },
  };
  return { source, asked };
}

describe('holiday calendar', () => {
  it('answers isHoliday by country and state, asking the library once per year', () => {
    const { source, asked } = fakeSource();
    const calendar = holidayCalendar(source);
    expect(calendar.isHoliday('AT', 'AT-2', '2026-10-10')).toBe(true);
    expect(calendar.isHoliday('AT', 'AT-2', '2026-10-11')).toBe(false);
    expect(calendar.isHoliday('AT', 'AT-9', '2026-10-10')).toBe(false);
    expect(calendar.holidayOn('DE', 'DE-HE', '2026-06-04')?.name).toBe('Fronleichnam');
    expect(asked).toEqual(['AT|AT-2|2026', 'AT|AT-9|2026', 'DE|DE-HE|2026']);
  });

  it('lists the holidays of a range across a new year, in date order', () => {
    const calendar = holidayCalendar(fakeSource().source);
    const dates = calendar.holidaysInRange('AT', 'AT-2', '2026-10-01', '2027-01-01').map((h) => h.date);
    expect(dates).toEqual(['2026-10-10', '2026-12-25', '2027-01-01']);
  });

  it("adds the association's closure days of the municipality, whole or half, once per date", () => {
    const calendar = holidayCalendar(fakeSource().source);
    const closures = [
      { date: '2026-12-24', municipalityId: 'gnesau', part: 'half' as const, name: 'Heiligabend' },
      { date: '2026-12-31', municipalityId: 'gnesau', part: 'whole' as const, name: 'Silvester' },
      { date: '2026-12-25', municipalityId: 'gnesau', part: 'whole' as const, name: 'doppelt' },
      { date: '2026-12-31', municipalityId: 'ossiach', part: 'whole' as const, name: 'andere Gemeinde' },
      { date: '2026-12-23', municipalityId: null, part: 'whole' as const, name: 'Betriebsausflug' },
    ];
    const days = calendar.daysOff(
      { country: 'AT', state: 'AT-2', municipalityId: 'gnesau' },
      closures,
      '2026-12-01',
      '2026-12-31',
    );
    expect(days).toEqual([
      { date: '2026-12-23', kind: 'closure', name: 'Betriebsausflug', part: 'whole' },
      { date: '2026-12-24', kind: 'closure', name: 'Heiligabend', part: 'half' },
      { date: '2026-12-25', kind: 'public_holiday', name: 'Christtag', part: 'whole' },
      { date: '2026-12-31', kind: 'closure', name: 'Silvester', part: 'whole' },
    ]);
    // Whole days off are what the rest-day rules read; a half day is not one.
    expect([...wholeDaysOff(days)]).toEqual(['2026-12-23', '2026-12-25', '2026-12-31']);
  });

  it('feeds the rest-day rules: a minor working on a closure day gets the holiday paragraph', () => {
    const z = zone('Europe/Vienna');
    const calendar = holidayCalendar(fakeSource().source);
    const place = { country: 'AT' as const, state: 'AT-2', municipalityId: 'gnesau' };
    const closure = { date: '2026-12-30', municipalityId: 'gnesau', part: 'whole' as const, name: 'Betriebsurlaub' };
    const holidays = wholeDaysOff(calendar.daysOff(place, [closure], '2026-12-28', '2027-01-03'));
    const input = z.input('AT-K-GMG', [z.work('2026-12-30', '08:00', '12:00', 'gnesau')], {
      dateOfBirth: '2010-05-05',
      holidays,
    });
    expect(of(checkWorkingTime(input), '§ 18 Abs. 1 KJBG')).toMatchObject([{ params: { kind: 'holiday' } }]);
  });
});
