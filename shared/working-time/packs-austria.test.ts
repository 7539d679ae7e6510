import { describe, expect, it } from 'vitest';
import { weekDates } from '../time/dates';
import { checkWorkingTime } from './checker';
import { of, zone } from './testing/work';
import type { PackId, WorkInterval } from './types';

// Adults in Austria: municipal staff in Carinthia (K-GMG) and, for other employers, the AZG.
const z = zone('Europe/Vienna');
const week = weekDates('2026-03-02') as [string, string, string, string, string, string, string];
const [mon, tue, , , , sat, sun] = week;
const nextMon = '2026-03-09';
const check = (pack: PackId, intervals: WorkInterval[]) => checkWorkingTime(z.input(pack, intervals));
const days = (count: number, from: string, to: string, breakMinutes = 30) =>
  week.slice(0, count).map((d) => z.work(d, from, to, 'm1', breakMinutes));

describe('K-GMG (Carinthia, municipal staff)', () => {
  it('§ 28 Abs. 1: a week over the regular 40 h, breaks of § 31 included, is overtime, a notice', () => {
    expect(of(check('AT-K-GMG', days(5, '07:30', '15:30')), '§ 28 Abs. 1 K-GMG')).toEqual([]);
    const [w] = of(check('AT-K-GMG', days(5, '07:30', '16:00')), '§ 28 Abs. 1 K-GMG');
    expect(w).toMatchObject({ severity: 'notice', date: mon });
    expect(w?.params).toEqual({ netMinutes: 2400, breakMinutes: 150, limitMinutes: 2400 });
  });

  it('§ 30 Abs. 1: at most 13 h of work a day, net of breaks, summed across municipalities', () => {
    const [day] = of(check('AT-K-GMG', [z.work(mon, '06:00', '20:00', 'm1', 30)]), '§ 30 Abs. 1 K-GMG');
    expect(day).toMatchObject({
      rule: 'daily_max',
      severity: 'warning',
      params: { netMinutes: 810, limitMinutes: 780 },
    });
    const split = [z.work(mon, '06:00', '12:00', 'feldkirchen'), z.work(mon, '12:30', '19:00', 'ossiach')];
    expect(of(check('AT-K-GMG', split), '§ 30 Abs. 1 K-GMG')).toEqual([]);
    const longer = [z.work(mon, '06:00', '12:00', 'feldkirchen'), z.work(mon, '12:30', '20:00', 'ossiach')];
    expect(of(check('AT-K-GMG', longer), '§ 30 Abs. 1 K-GMG')[0]?.params).toMatchObject({
      netMinutes: 780 + 30,
      municipalities: 2,
    });
  });

  it('§ 30 Abs. 1 on the 25-hour day: 00:00–13:30 on the wall clock are 14 h 30', () => {
    const [w] = of(check('AT-K-GMG', [z.work('2026-10-25', '00:00', '13:30', 'm1', 30)]), '§ 30 Abs. 1 K-GMG');
    expect(w?.params).toMatchObject({ netMinutes: 840 });
  });

  it('§ 30 Abs. 2: more than 48 h in a week is a notice (an average over 17 weeks)', () => {
    const [long] = of(check('AT-K-GMG', days(5, '07:00', '17:30')), '§ 30 Abs. 2 K-GMG');
    expect(long).toMatchObject({
      rule: 'weekly_max',
      severity: 'notice',
      params: { netMinutes: 3000, limitMinutes: 2880 },
    });
    expect(of(check('AT-K-GMG', days(5, '07:00', '17:00')), '§ 30 Abs. 2 K-GMG')).toEqual([]);
  });

  it('§ 31: half an hour of break over 6 h, also as three breaks of 10 minutes', () => {
    expect(of(check('AT-K-GMG', [z.work(mon, '08:00', '14:30')]), '§ 31 K-GMG')[0]?.params).toMatchObject({
      requiredMinutes: 30,
    });
    const input = z.input('AT-K-GMG', [z.work(mon, '08:00', '15:00')], {
      breaks: [z.pause(mon, '09:30', '09:40'), z.pause(mon, '11:00', '11:10'), z.pause(mon, '13:00', '13:10')],
    });
    expect(of(checkWorkingTime(input), '§ 31 K-GMG')).toEqual([]);
  });

  it('§ 32: 11 h rest between days', () => {
    const warnings = check('AT-K-GMG', [z.work(mon, '12:00', '22:00', 'm1', 30), z.work(tue, '08:00', '12:00')]);
    expect(of(warnings, '§ 32 K-GMG')[0]).toMatchObject({ date: tue, params: { restMinutes: 600 } });
  });

  it('§ 33 Abs. 1: 35 h weekly rest, begun within the week', () => {
    const everyDay = [...days(7, '08:00', '16:00'), z.work(nextMon, '08:00', '16:00', 'm1', 30)];
    const [w] = of(check('AT-K-GMG', everyDay), '§ 33 Abs. 1 K-GMG');
    expect(w).toMatchObject({ date: mon, params: { longestMinutes: 960, limitMinutes: 2100 } });
    // Saturday 16:00 to Monday 08:00 is 40 h.
    const sundayOff = [...days(6, '08:00', '16:00'), z.work(nextMon, '08:00', '16:00', 'm1', 30)];
    expect(of(check('AT-K-GMG', sundayOff), '§ 33 Abs. 1 K-GMG')).toEqual([]);
  });
});

describe('AZG (Austrian adults outside the public service)', () => {
  it('§ 9 Abs. 1: at most 12 h a day and 60 h a week', () => {
    const [day] = of(check('AT-AZG', [z.work(mon, '06:00', '19:00', 'm1', 30)]), '§ 9 Abs. 1 AZG');
    expect(day).toMatchObject({ rule: 'daily_max', params: { netMinutes: 750 } });
    const long = [...days(5, '06:00', '18:30'), z.work(sat, '08:00', '09:00')];
    expect(of(check('AT-AZG', long), '§ 9 Abs. 1 AZG')).toMatchObject([
      { rule: 'weekly_max', params: { netMinutes: 3660 } },
    ]);
  });

  it('§ 11 Abs. 1: half an hour of break over 6 h', () => {
    expect(of(check('AT-AZG', [z.work(mon, '08:00', '14:30')]), '§ 11 Abs. 1 AZG')).toHaveLength(1);
  });

  it('§ 12 Abs. 1: 11 h rest between days', () => {
    const warnings = check('AT-AZG', [z.work(mon, '12:00', '22:00', 'm1', 30), z.work(tue, '08:00', '12:00')]);
    expect(of(warnings, '§ 12 Abs. 1 AZG')).toHaveLength(1);
  });

  it('§ 3 Abs. 1 ARG: 36 h weekly rest', () => {
    const sundayShift = [
      ...days(6, '08:00', '16:00'),
      z.work(sun, '08:00', '10:00'),
      z.work(nextMon, '08:00', '12:00'),
    ];
    const [w] = of(check('AT-AZG', sundayShift), '§ 3 Abs. 1 ARG');
    expect(w?.params).toEqual({ longestMinutes: 1320, limitMinutes: 2160 });
  });
});
