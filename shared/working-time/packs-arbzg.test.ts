import { describe, expect, it } from 'vitest';
import { weekDates } from '../time/dates';
import { checkWorkingTime } from './checker';
import { of, zone } from './testing/work';

// 2026-03-02 is a Monday; 2026-03-29 (23 h) and 2026-10-25 (25 h) are Berlin's daylight-saving days.
const z = zone('Europe/Berlin');
const check = (...intervals: Parameters<typeof z.input>[1]) => checkWorkingTime(z.input('DE-ArbZG', intervals));

describe('ArbZG', () => {
  it('§ 3 Satz 1: more than 8 h a day is a notice (allowed only if the average stays at 8 h)', () => {
    const [w] = of(check(z.work('2026-03-02', '07:00', '16:30', 'm1', 30)), '§ 3 Satz 1 ArbZG');
    expect(w).toMatchObject({ rule: 'daily_max', severity: 'notice', date: '2026-03-02' });
    expect(w?.params).toMatchObject({ netMinutes: 540, limitMinutes: 480 });
    expect(of(check(z.work('2026-03-02', '07:00', '15:30', 'm1', 30)), '§ 3 Satz 1 ArbZG')).toEqual([]);
  });

  it('§ 3 Satz 2: more than 10 h a day is a breach, net of breaks and summed across municipalities', () => {
    const day = [
      z.work('2026-03-02', '06:00', '12:00', 'feldkirchen'),
      z.work('2026-03-02', '12:45', '17:30', 'himmelberg'),
    ];
    const [w] = of(check(...day), '§ 3 Satz 2 ArbZG');
    expect(w).toMatchObject({ rule: 'daily_max', severity: 'warning' });
    expect(w?.params).toEqual({ netMinutes: 645, limitMinutes: 600, municipalities: 2 });
    // Exactly 10 h net is allowed.
    expect(of(check(z.work('2026-03-02', '06:00', '16:45', 'm1', 45)), '§ 3 Satz 2 ArbZG')).toEqual([]);
  });

  it('§ 3 Satz 2 on the 25-hour day: 01:00–11:00 on the wall clock are 11 real hours', () => {
    const [w] = of(check(z.work('2026-10-25', '01:00', '11:00', 'm1', 45)), '§ 3 Satz 2 ArbZG');
    expect(w?.params).toMatchObject({ netMinutes: 615 });
  });

  it('§ 3 Satz 2 on the 23-hour day: 01:00–11:45 on the wall clock are 9 h 45 real hours', () => {
    const warnings = check(z.work('2026-03-29', '01:00', '11:45', 'm1', 45));
    expect(of(warnings, '§ 3 Satz 2 ArbZG')).toEqual([]);
    expect(of(warnings, '§ 3 Satz 1 ArbZG')[0]?.params).toMatchObject({ netMinutes: 540 });
  });

  it('§ 3: a week of six 10-hour days is the most; more is a breach dated on the Monday', () => {
    const six = weekDates('2026-03-02')
      .slice(0, 6)
      .map((d) => z.work(d, '07:00', '17:45', 'm1', 45));
    expect(of(check(...six), '§ 3 ArbZG')).toEqual([]);
    const [w] = of(check(...six, z.work('2026-03-08', '09:00', '10:00')), '§ 3 ArbZG');
    expect(w).toMatchObject({ rule: 'weekly_max', date: '2026-03-02' });
    expect(w?.params).toEqual({ netMinutes: 3660, limitMinutes: 3600 });
  });

  it('§ 4 Satz 1, 2: 30 min break over 6 h, 45 min over 9 h; a gap between split entries is a break', () => {
    const [short] = of(check(z.work('2026-03-02', '08:00', '14:30')), '§ 4 Satz 1, 2 ArbZG');
    expect(short?.params).toEqual({ netMinutes: 390, breakMinutes: 0, requiredMinutes: 30 });
    // The same day split around a 30-minute lunch: nothing to say.
    const split = [z.work('2026-03-02', '08:00', '11:00'), z.work('2026-03-02', '11:30', '15:00', 'm2')];
    expect(of(check(...split), '§ 4 Satz 1, 2 ArbZG')).toEqual([]);
    // Over 9 h net, 30 minutes are not enough.
    const long = [z.work('2026-03-02', '07:00', '12:00'), z.work('2026-03-02', '12:30', '17:30')];
    expect(of(check(...long), '§ 4 Satz 1, 2 ArbZG')[0]?.params).toEqual({
      netMinutes: 600,
      breakMinutes: 30,
      requiredMinutes: 45,
    });
  });

  it('§ 4 Satz 2: breaks count in parts of at least 15 minutes only', () => {
    const day = [
      z.work('2026-03-02', '08:00', '10:00'),
      z.work('2026-03-02', '10:10', '12:00'),
      z.work('2026-03-02', '12:10', '15:00'),
    ];
    expect(of(check(...day), '§ 4 Satz 1, 2 ArbZG')[0]?.params).toMatchObject({ breakMinutes: 0 });
    const placed = checkWorkingTime(
      z.input('DE-ArbZG', [z.work('2026-03-02', '08:00', '15:30')], {
        breaks: [z.pause('2026-03-02', '10:00', '10:15'), z.pause('2026-03-02', '12:00', '12:15')],
      }),
    );
    expect(of(placed, '§ 4 Satz 1, 2 ArbZG')).toEqual([]);
  });

  it('§ 4 Satz 3: never more than 6 h in a row without a break', () => {
    const late = [z.work('2026-03-02', '07:00', '13:30'), z.work('2026-03-02', '14:00', '15:00')];
    expect(of(check(...late), '§ 4 Satz 3 ArbZG')[0]?.params).toEqual({ longestMinutes: 390, limitMinutes: 360 });
    const inTime = [z.work('2026-03-02', '07:00', '12:00'), z.work('2026-03-02', '12:30', '15:00')];
    expect(of(check(...inTime), '§ 4 Satz 3 ArbZG')).toEqual([]);
  });

  it('§ 5 Abs. 1: 11 h rest between days, in real hours across the clock change', () => {
    const [w] = of(
      check(z.work('2026-03-02', '12:00', '22:00', 'm1', 30), z.work('2026-03-03', '08:00', '12:00')),
      '§ 5 Abs. 1 ArbZG',
    );
    expect(w).toMatchObject({ date: '2026-03-03', params: { restMinutes: 600, previousDate: '2026-03-02' } });
    // 22:00 on 24 October to 08:00 on the 25th reads 10 h but the clock goes back: 11 h of rest.
    const autumn = check(z.work('2026-10-24', '14:00', '22:00'), z.work('2026-10-25', '08:00', '12:00'));
    expect(of(autumn, '§ 5 Abs. 1 ArbZG')).toEqual([]);
    // 22:00 on 28 March to 09:00 on the 29th reads 11 h but the clock goes forward: 10 h.
    const spring = check(z.work('2026-03-28', '14:00', '22:00'), z.work('2026-03-29', '09:00', '12:00'));
    expect(of(spring, '§ 5 Abs. 1 ArbZG')[0]?.params).toMatchObject({ restMinutes: 600 });
  });

  it('§ 6 Abs. 2: night work (over 2 h from 23:00 to 6:00) over 8 h a day is a notice', () => {
    const [w] = of(check(z.work('2026-03-02', '21:00', '07:00', 'm1', 45)), '§ 6 Abs. 2 ArbZG');
    expect(w).toMatchObject({ rule: 'night_work', severity: 'notice', date: '2026-03-02' });
    // The 45 min break is taken in the middle, at night.
    expect(w?.params).toEqual({ minutes: 375, from: '23:00', to: '06:00', netMinutes: 555, limitMinutes: 480 });
    // 8 h of night work, or 2 h of night time in a long day, say nothing.
    expect(of(check(z.work('2026-03-02', '22:00', '06:30', 'm1', 30)), '§ 6 Abs. 2 ArbZG')).toEqual([]);
    expect(of(check(z.work('2026-03-03', '15:00', '01:00', 'm1', 45)), '§ 6 Abs. 2 ArbZG')).toEqual([]);
    // The night of 28 to 29 March is an hour shorter: 22:00–07:00 holds 8 real hours, 7:30 h of work.
    const spring = check(z.work('2026-03-28', '22:00', '07:00', 'm1', 30));
    expect(of(spring, '§ 6 Abs. 2 ArbZG')).toEqual([]);
    expect(of(check(z.work('2026-03-21', '22:00', '07:00', 'm1', 30)), '§ 6 Abs. 2 ArbZG')).toHaveLength(1);
  });

  it('§ 9 Abs. 1: a day off counts where the work is: a holiday of one municipality, a closure of all', () => {
    const split = [z.work('2026-03-19', '08:00', '10:00', 'bavarian'), z.work('2026-03-19', '11:00', '12:00', 'nrw')];
    const at = new Set(['bavarian|2026-03-19']);
    const both = checkWorkingTime(z.input('DE-ArbZG', split, { holidaysAt: at }));
    expect(of(both, '§ 9 Abs. 1 ArbZG')).toMatchObject([{ params: { kind: 'holiday' } }]);
    const elsewhere = checkWorkingTime(z.input('DE-ArbZG', split.slice(1), { holidaysAt: at }));
    expect(of(elsewhere, '§ 9 Abs. 1 ArbZG')).toEqual([]);
  });

  it('§ 9 Abs. 1: work on a Sunday or a public holiday is a notice', () => {
    const sunday = of(check(z.work('2026-03-08', '09:00', '12:00')), '§ 9 Abs. 1 ArbZG');
    expect(sunday).toMatchObject([{ severity: 'notice', params: { kind: 'sunday' } }]);
    const input = z.input('DE-ArbZG', [z.work('2026-04-06', '09:00', '12:00')], { holidays: new Set(['2026-04-06']) });
    expect(of(checkWorkingTime(input), '§ 9 Abs. 1 ArbZG')).toMatchObject([{ params: { kind: 'holiday' } }]);
    expect(of(check(z.work('2026-04-07', '09:00', '12:00')), '§ 9 Abs. 1 ArbZG')).toEqual([]);
  });
});
