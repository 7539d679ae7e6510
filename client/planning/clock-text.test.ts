import { describe, expect, it } from 'vitest';
import { timeIn } from '../../shared/time/dates';
import { createClockText } from './clock-text';

/** Every quarter hour plus a few odd minutes across a day, as ISO instants. */
const instantsOf = (day: string) =>
  Array.from(
    { length: 24 * 4 },
    (_, q) => new Date(Date.parse(`${day}T00:00:00Z`) + q * 15 * 60_000 + (q % 7) * 60_000),
  );

describe('createClockText', () => {
  it('agrees with Intl across daylight-saving changes and zones with odd offsets', () => {
    const cases: [string, string][] = [
      ['Europe/Vienna', '2026-03-29'],
      ['Europe/Vienna', '2026-10-25'],
      ['Europe/Berlin', '2026-12-03'],
      ['Asia/Kathmandu', '2026-06-01'],
      ['Australia/Lord_Howe', '2026-04-05'],
      ['America/St_Johns', '2026-11-01'],
    ];
    for (const [zone, day] of cases) {
      const clock = createClockText(zone);
      for (const instant of instantsOf(day))
        expect(clock(instant.toISOString()), `${zone} ${instant.toISOString()}`).toBe(timeIn(zone, instant));
    }
  });

  it('reads a time of day from instants with a zone offset too', () => {
    expect(createClockText('Europe/Vienna')('2026-12-03T08:15:00+01:00')).toBe('08:15');
  });
});
