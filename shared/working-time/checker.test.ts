import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkWorkingTime } from './checker';
import { of, zone } from './testing/work';
import { workDays } from './work-days';

const z = zone('Europe/Berlin');
const day = '2026-03-03';

describe('working-time checker', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('adds up one day at two municipalities; an entry split around a break cannot get around a rule', () => {
    const split = [
      z.work(day, '06:00', '09:00', 'feldkirchen'),
      z.work(day, '09:20', '12:30', 'feldkirchen'),
      z.work(day, '13:00', '17:30', 'steuerberg', 15),
    ];
    const [d] = workDays(z.input('DE-ArbZG', split));
    expect(d).toMatchObject({ netMs: 625 * 60_000, municipalities: 2 });
    const warnings = checkWorkingTime(z.input('DE-ArbZG', split));
    expect(of(warnings, '§ 3 Satz 2 ArbZG')[0]?.params).toEqual({
      netMinutes: 625,
      limitMinutes: 600,
      municipalities: 2,
    });
    // 20 + 30 + 15 minutes of breaks: 45 are needed over 9 h and there are 65.
    expect(of(warnings, '§ 4 Satz 1, 2 ArbZG')).toEqual([]);
  });

  it('counts overlapping intervals once (a planned assignment and the entry logged for it)', () => {
    const both = [z.work(day, '08:00', '16:00', 'm1'), z.work(day, '08:30', '15:30', 'm1', 30)];
    const [d] = workDays(z.input('DE-ArbZG', both));
    expect(d?.netMs).toBe(450 * 60_000);
  });

  it('puts a break of unknown place in the middle of its entry', () => {
    const [d] = workDays(z.input('DE-ArbZG', [z.work(day, '08:00', '16:00', 'm1', 60)]));
    expect(d?.segs).toEqual([z.at(day, '08:00'), z.at(day, '11:30'), z.at(day, '12:30'), z.at(day, '16:00')]);
  });

  it('gives a night shift to the day it began on', () => {
    const [d, ...rest] = workDays(z.input('DE-ArbZG', [z.work(day, '22:00', '05:00')]));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ netMs: 7 * 3_600_000 });
    const warnings = checkWorkingTime(z.input('DE-ArbZG', [z.work(day, '22:00', '05:00')]));
    expect(warnings.map((w) => [w.date, w.paragraph])).toEqual([
      ['2026-03-03', '§ 4 Satz 1, 2 ArbZG'],
      ['2026-03-03', '§ 4 Satz 3 ArbZG'],
    ]);
  });

  it('reports only the asked range, reading the days before it for the rest between days', () => {
    const input = z.input('DE-ArbZG', [
      z.work('2026-03-02', '13:00', '23:00', 'm1', 30),
      z.work(day, '07:00', '15:00', 'm1', 30),
    ]);
    const warnings = checkWorkingTime(input, { from: day, to: day });
    expect(warnings.map((w) => w.paragraph)).toEqual(['§ 5 Abs. 1 ArbZG']);
  });

  it('reads no clock: the work’s own day decides, whatever the device’s date', () => {
    const input = z.input('DE-ArbZG', [z.work('2026-06-09', '07:00', '16:30', 'm1', 60)], {
      dateOfBirth: '2008-06-10',
    });
    vi.useFakeTimers({ now: new Date('2030-01-01T12:00:00Z') });
    const later = checkWorkingTime(input);
    vi.setSystemTime(new Date('2020-01-01T12:00:00Z'));
    expect(checkWorkingTime(input)).toEqual(later);
    expect(later.map((w) => w.pack)).toEqual(['DE-JArbSchG']);
  });
});
