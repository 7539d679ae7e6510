import { afterEach, describe, expect, it } from 'vitest';
import { checkWorkingTime } from '../../shared/working-time/checker';
import { zone } from '../../shared/working-time/testing/work';
import { setLang } from '../i18n/i18n';
import { warningText } from './warning-texts';

// A minor in Germany before school that starts at 8:00, and an adult's long night: 2026-03-03 is a Tuesday.
const z = zone('Europe/Berlin');
const schoolMorning = checkWorkingTime(
  z.input('DE-ArbZG', [z.work('2026-03-03', '06:30', '07:30')], {
    dateOfBirth: '2010-01-01',
    schoolDays: [{ date: '2026-03-03', lessons: 4, minutes: 200, startsAt: '08:00' }],
  }),
).find((w) => w.rule === 'school_morning')!;
const night = checkWorkingTime(z.input('DE-ArbZG', [z.work('2026-03-03', '21:00', '07:00', 'm1', 45)])).find(
  (w) => w.rule === 'night_work',
)!;

describe('working-time warnings in words', () => {
  afterEach(() => setLang('de'));

  it('names the paragraph and the facts in German and English', async () => {
    await setLang('de');
    expect(warningText(schoolMorning)).toMatch(
      /^§ 9 Abs\. 1 Nr\. 1 JArbSchG: .* beginnt die Berufsschule um 08:00 Uhr, vor 09:00 Uhr: davor keine Arbeit\.$/,
    );
    expect(warningText(night)).toMatch(/^§ 6 Abs\. 2 ArbZG: .* Nachtarbeit \(375 min zwischen 23:00 und 06:00 Uhr\)/);
    await setLang('en');
    expect(warningText(schoolMorning)).toMatch(/vocational school starts at 08:00, before 09:00: no work before it\.$/);
    expect(warningText(night)).toMatch(/^§ 6 Abs\. 2 ArbZG: .* night work \(375 min between 23:00 and 06:00\)/);
  });
});
