import { describe, expect, it } from 'vitest';
import { addDays, weekDates } from '../time/dates';
import { impactOf } from './impact';
import { zone } from './testing/work';
import type { PersonWorkInput, WorkInterval } from './types';

const z = zone('Europe/Berlin');
const [mon, tue] = weekDates('2026-03-02') as [string, string];

describe('impactOf', () => {
  it('names what an added interval would break, with the day and week totals it would make', () => {
    const input = z.input('DE-ArbZG', [z.work(mon, '07:00', '15:30', 'm1', 30), z.work(tue, '08:00', '12:00')]);
    const impact = impactOf(input, z.work(mon, '16:00', '19:00', 'm2'));
    expect(impact.warnings.map((w) => [w.date, w.paragraph])).toEqual([
      [mon, '§ 3 Satz 1 ArbZG'],
      [mon, '§ 3 Satz 2 ArbZG'],
    ]);
    expect(impact).toMatchObject({ dayMinutes: 660, weekMinutes: 900 });
  });

  it('reports the next day’s rest when an evening shift shortens it', () => {
    const input = z.input('DE-ArbZG', [z.work(tue, '07:00', '12:00')]);
    const impact = impactOf(input, z.work(mon, '17:00', '21:00'));
    expect(impact.warnings).toMatchObject([{ date: tue, paragraph: '§ 5 Abs. 1 ArbZG', params: { restMinutes: 600 } }]);
  });

  it('leaves out warnings that stand anyway, and reports those the interval makes worse', () => {
    const input = z.input('DE-ArbZG', [z.work(mon, '06:00', '17:00', 'm1', 45)]);
    expect(impactOf(input, z.work(tue, '08:00', '12:00')).warnings).toEqual([]);
    const worse = impactOf(input, z.work(mon, '18:00', '19:00', 'm2'));
    expect(worse.warnings.find((w) => w.paragraph === '§ 3 Satz 2 ArbZG')?.params).toMatchObject({ netMinutes: 675 });
  });

  it('reads only the weeks around the interval: 200 people with a year each cost about what three weeks cost', () => {
    const workdays = (from: string, count: number) =>
      Array.from({ length: count }, (_, d) => addDays(from, d))
        .filter((date) => new Date(`${date}T12:00:00Z`).getUTCDay() % 6 !== 0)
        .map((date) => z.work(date, '08:00', '16:00', 'm1', 30));
    const year = workdays('2026-01-01', 365);
    const threeWeeks = workdays('2026-06-08', 21);
    const people = (intervals: WorkInterval[]): PersonWorkInput[] =>
      Array.from({ length: 200 }, () => z.input('DE-ArbZG', intervals));
    const candidate = z.work('2026-06-17', '16:30', '19:00', 'm7');
    const rank = (persons: PersonWorkInput[]) => {
      const started = performance.now();
      for (const person of persons) impactOf(person, candidate);
      return performance.now() - started;
    };
    const [withYear, withWeeks] = [people(year), people(threeWeeks)];
    // Warm first (the first rounds are the JIT's), then alternate so both see the same machine load.
    const times = { year: [] as number[], weeks: [] as number[] };
    for (let round = 0; round < 8; round++) {
      const y = rank(withYear);
      const w = rank(withWeeks);
      if (round >= 3) {
        times.year.push(y);
        times.weeks.push(w);
      }
    }
    // Whole-year work would cost over ten times as much; the timing goal itself is measured by the bench.
    expect(Math.min(...times.year) / Math.min(...times.weeks)).toBeLessThan(3);
  });
});
