import { describe, expect, it } from 'vitest';
import { holidayCalendar } from '../../shared/working-time/holidays';
import { dateHolidaysSource } from './public-holidays';

describe('date-holidays as the holiday source', () => {
  const calendar = holidayCalendar(dateHolidaysSource);

  it('knows state holidays by our ISO 3166-2 codes', () => {
    expect(calendar.isHoliday('DE', 'DE-HE', '2026-06-04')).toBe(true); // Fronleichnam
    expect(calendar.isHoliday('DE', 'DE-BE', '2026-06-04')).toBe(false);
    expect(calendar.isHoliday('DE', 'DE-BW', '2026-01-06')).toBe(true); // Heilige Drei Könige
    expect(calendar.isHoliday('AT', 'AT-2', '2026-12-08')).toBe(true); // Mariä Empfängnis
    expect(calendar.isHoliday('AT', 'AT-2', '2026-10-26')).toBe(true); // Nationalfeiertag
    expect(calendar.isHoliday('DE', 'DE-HE', '2026-11-01')).toBe(false); // Allerheiligen: not in Hesse
    // Carinthia's 10 October is a day off for schools and the state's own offices, not a public holiday:
    // an association that closes on it enters a closure day.
    expect(calendar.isHoliday('AT', 'AT-2', '2026-10-10')).toBe(false);
  });

  it('leaves out bank and school days, which are not days off', () => {
    expect(calendar.isHoliday('AT', 'AT-2', '2026-12-24')).toBe(false);
    expect(calendar.isHoliday('AT', 'AT-2', '2026-03-19')).toBe(false); // Josefitag: schools only
    expect(calendar.holidaysInRange('AT', 'AT-2', '2026-12-20', '2026-12-31').map((h) => h.date)).toEqual([
      '2026-12-25',
      '2026-12-26',
    ]);
  });
});
