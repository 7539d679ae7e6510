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

  it('ranks 200 people with a year of assignments each in under 50 ms', () => {
    const people: PersonWorkInput[] = Array.from({ length: 200 }, (_, p) => {
      const intervals: WorkInterval[] = [];
      for (let d = 0; d < 365; d++) {
        const date = addDays('2026-01-01', d);
        if (new Date(`${date}T12:00:00Z`).getUTCDay() % 6 !== 0)
          intervals.push(z.work(date, '08:00', '16:00', `m${p % 50}`, 30));
      }
      return z.input('DE-ArbZG', intervals);
    });
    const candidate = z.work('2026-06-17', '16:30', '19:00', 'm7');
    // Warm, as a server answering rankings all day is (the first runs are the JIT's); the best of the last
    // five resists a busy machine.
    const runs = [0, 1, 2, 3, 4, 5, 6, 7].map(() => {
      const started = performance.now();
      for (const person of people) impactOf(person, candidate);
      return performance.now() - started;
    });
    expect(Math.min(...runs.slice(3))).toBeLessThan(50);
  });
});
