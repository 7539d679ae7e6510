import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/dates';
import { seriesCalendarOf } from './calendar';
import { expandSeries, rruleDates } from './expand';
import type { PlannedSeries } from './schema';
import { dateOfDay, dayNumber, isoWeekdayOf, weeklyDates } from './weekly-dates';

/** A small seeded generator (mulberry32), so a failing rule can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Rule = { weekdays: number[]; startDate: string; endDate: string; interval: number; from?: string };

/** A random weekly rule around the DST changes of 2024–2031: 1–7 weekdays, every 1–4 weeks, up to 5 years. */
function randomRule(next: () => number): Rule {
  const weekdays = [1, 2, 3, 4, 5, 6, 7].filter(() => next() < 0.35);
  if (weekdays.length === 0) weekdays.push(1 + Math.floor(next() * 7));
  const startDate = addDays('2024-01-01', Math.floor(next() * 2500));
  const span = next() < 0.2 ? Math.floor(next() * 14) : Math.floor(next() * 5 * 365);
  const rule: Rule = { weekdays, startDate, endDate: addDays(startDate, span), interval: 1 + Math.floor(next() * 4) };
  if (next() < 0.3) rule.from = addDays(startDate, Math.floor(next() * (span + 10)) - 5);
  return rule;
}

describe('weekly dates by day arithmetic', () => {
  it('turns day numbers into dates and weekdays as the calendar does', () => {
    for (let day = -354_285; day <= 2_932_896; day += 997) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(dateOfDay(day)).toBe(iso);
      expect(dayNumber(iso)).toBe(day);
      expect(isoWeekdayOf(day)).toBe(((new Date(day * 86_400_000).getUTCDay() + 6) % 7) + 1);
    }
  });

  it('yields exactly the dates rrule yields for 600 random weekly rules (weekdays, intervals, ends, splits)', () => {
    const next = random(20_261_203);
    for (let i = 0; i < 600; i++) {
      const rule = randomRule(next);
      expect({ i, rule, dates: weeklyDates(rule, rule.from) }).toEqual({ i, rule, dates: rruleDates(rule, rule.from) });
    }
  });

  it('keeps the rhythm of every second week from the start when a split cuts in the off week', () => {
    const rule = { weekdays: [2], startDate: '2026-03-03', endDate: '2026-04-14', interval: 2 };
    expect(weeklyDates(rule, '2026-03-10')).toEqual(['2026-03-17', '2026-03-31', '2026-04-14']);
    expect(rruleDates(rule, '2026-03-10')).toEqual(['2026-03-17', '2026-03-31', '2026-04-14']);
  });

  it('leaves to rrule what it does not cover: a broken interval or date', () => {
    expect(weeklyDates({ weekdays: [1], startDate: '2026-01-05', endDate: '2026-02-05', interval: 0 })).toBeNull();
    expect(weeklyDates({ weekdays: [1], startDate: '2026-1-5', endDate: '2026-02-05' })).toBeNull();
    expect(weeklyDates({ weekdays: [8], startDate: '2026-01-05', endDate: '2026-02-05' })).toBeNull();
    expect(weeklyDates({ weekdays: [1], startDate: '2026-02-30', endDate: '2026-03-05' })).toBeNull();
    expect(weeklyDates({ weekdays: [1], startDate: '0099-01-05', endDate: '0099-02-05' })).toBeNull();
  });
});

describe('expansion with the fast dates keeps the wall-clock instants', () => {
  const base: Omit<PlannedSeries, 'weekdays' | 'startDate' | 'endDate'> = {
    personId: '01900000-0000-7000-8000-000000000002',
    municipalityId: '01900000-0000-7000-8000-000000000001',
    siteId: '01900000-0000-7000-8000-000000000003',
    serviceTypeId: '01900000-0000-7000-8000-000000000004',
    startTime: '02:30',
    endTime: '07:45',
    task: 'Serverraum',
  };

  for (const timeZone of ['Europe/Vienna', 'Europe/Berlin']) {
    it(`gives rrule's dates at the same wall-clock instants in ${timeZone}, across DST changes`, () => {
      const next = random(timeZone.length * 7919);
      const calendar = seriesCalendarOf({ timeZone, holidays: [], closures: [], absences: [] });
      for (let i = 0; i < 60; i++) {
        const { from, ...rule } = randomRule(next);
        const s: PlannedSeries = { ...base, ...rule, startTime: next() < 0.5 ? '02:30' : '08:00' };
        const fast = expandSeries(s, calendar, from).occurrences;
        const reference = rruleDates(rule, from).map((date) => ({
          date,
          // An independent zone library: the instant that reads as that date and time in the zone.
          plannedStart: zoned(timeZone, date, s.startTime),
          plannedEnd: zoned(timeZone, date, s.endTime),
          absenceId: null,
        }));
        expect(fast).toEqual(reference);
      }
    });
  }
});

/** The instant of a wall-clock time by @date-fns/tz (a missing hour moves forward, as instantOf does). */
function zoned(timeZone: string, date: string, hhmm: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = hhmm.split(':').map(Number) as [number, number];
  return new Date(TZDate.tz(timeZone, y, m - 1, d, h, min).getTime()).toISOString();
}
