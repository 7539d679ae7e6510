import { describe, expect, it } from 'vitest';
import { weekDates } from '../time/dates';
import { checkWorkingTime } from './checker';
import { of, zone } from './testing/work';
import type { PersonWorkInput, WorkInterval } from './types';

// A municipal apprentice of 16 in Carinthia (K-GMG association, KJBG applies, § 104 Abs. 3 K-GMG).
const z = zone('Europe/Vienna');
const minor = (intervals: WorkInterval[], more: Partial<PersonWorkInput> = {}) =>
  checkWorkingTime(z.input('AT-K-GMG', intervals, { dateOfBirth: '2010-01-01', ...more }));
const [mon, tue, , , , sat, sun] = weekDates('2026-03-02') as [string, ...string[]];

describe('KJBG (minors in Austria)', () => {
  it('§ 11 Abs. 1: at most 8 h a day and 40 h a week', () => {
    const [day] = of(minor([z.work(mon, '07:00', '16:00', 'm1', 30)]), '§ 11 Abs. 1 KJBG');
    expect(day).toMatchObject({ rule: 'daily_max', pack: 'AT-KJBG', params: { netMinutes: 510 } });
    const week = weekDates(mon)
      .slice(0, 5)
      .map((d) => z.work(d, '07:00', '15:30', 'm1', 30));
    expect(of(minor(week), '§ 11 Abs. 1 KJBG')).toEqual([]);
    const more = [...week, z.work(sat!, '08:00', '08:30')];
    expect(of(minor(more), '§ 11 Abs. 1 KJBG')).toMatchObject([{ rule: 'weekly_max', params: { netMinutes: 2430 } }]);
  });

  it('§ 11 Abs. 5: time at vocational school counts as working time', () => {
    const warnings = minor([z.work(mon, '14:00', '17:00')], { schoolDays: [{ date: mon, lessons: 8, minutes: 360 }] });
    expect(of(warnings, '§ 11 Abs. 1 KJBG')).toMatchObject([{ date: mon, params: { netMinutes: 540 } }]);
    // Unlike § 9 JArbSchG, work after a long school day is not forbidden as such.
    expect(of(warnings, '§ 11 Abs. 5 KJBG')).toEqual([]);
  });

  it('§ 15 Abs. 1: a break of at least 30 minutes over 4.5 h; two of 15 do not make one', () => {
    expect(of(minor([z.work(mon, '08:00', '13:00')]), '§ 15 Abs. 1 KJBG')[0]?.params).toMatchObject({
      requiredMinutes: 30,
    });
    const parts = [z.work(mon, '08:00', '10:00'), z.work(mon, '10:15', '12:00'), z.work(mon, '12:15', '14:00')];
    expect(of(minor(parts), '§ 15 Abs. 1 KJBG')[0]?.params).toMatchObject({ breakMinutes: 0 });
    const one = [z.work(mon, '08:00', '11:00'), z.work(mon, '11:30', '14:00')];
    expect(of(minor(one), '§ 15 Abs. 1 KJBG')).toEqual([]);
  });

  it('§ 15 Abs. 1: the half hour comes after 6 h of work at the latest', () => {
    const late = [z.work(mon, '07:00', '13:30'), z.work(mon, '14:00', '15:00')];
    const ws = of(minor(late), '§ 15 Abs. 1 KJBG');
    expect(ws.find((w) => w.rule === 'work_stretch')?.params).toEqual({ longestMinutes: 390, limitMinutes: 360 });
    const inTime = [z.work(mon, '07:00', '12:30'), z.work(mon, '13:00', '15:00')];
    expect(of(minor(inTime), '§ 15 Abs. 1 KJBG')).toEqual([]);
  });

  it('§ 16: 12 h rest between days, in real hours across the clock change', () => {
    // 19:00 on 24 October to 06:30 on the 25th reads 11:30 h, but the clock goes back: 12:30 h of rest.
    const autumn = minor([z.work('2026-10-24', '14:00', '19:00'), z.work('2026-10-25', '06:30', '08:00')]);
    expect(of(autumn, '§ 16 KJBG')).toEqual([]);
  });

  it('§ 16: 12 h rest between days', () => {
    const short = minor([z.work(mon, '12:00', '19:30', 'm1', 30), z.work(tue!, '07:00', '11:00')]);
    expect(of(short, '§ 16 KJBG')[0]).toMatchObject({ date: tue, params: { restMinutes: 690, limitMinutes: 720 } });
  });

  it('§ 17 Abs. 1: night rest from 20:00 to 6:00', () => {
    expect(of(minor([z.work(mon, '16:00', '21:00')]), '§ 17 Abs. 1 KJBG')[0]?.params).toMatchObject({ minutes: 60 });
  });

  it('§ 18 Abs. 1: no work on Sundays and public holidays', () => {
    expect(of(minor([z.work(sun!, '09:00', '11:00')]), '§ 18 Abs. 1 KJBG')).toMatchObject([
      { params: { kind: 'sunday' } },
    ]);
    // 10 October 2026 (a Saturday), Carinthia's holiday, as the holiday calendar reports it for AT-2.
    const holiday = minor([z.work('2026-10-10', '09:00', '11:00')], { holidays: new Set(['2026-10-10']) });
    expect(of(holiday, '§ 18 Abs. 1 KJBG')).toMatchObject([{ params: { kind: 'holiday' } }]);
    // Saturday work is no breach in Austria as such.
    expect(minor([z.work(sat!, '09:00', '11:00')])).toEqual([]);
  });

  it('§ 19: two free days a week', () => {
    const six = weekDates(mon)
      .slice(0, 6)
      .map((d) => z.work(d, '08:00', '11:00'));
    expect(of(minor(six), '§ 19 KJBG')).toMatchObject([{ params: { days: 6, limitDays: 5 } }]);
  });
});
