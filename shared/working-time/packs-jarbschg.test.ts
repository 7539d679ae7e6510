import { describe, expect, it } from 'vitest';
import { weekDates } from '../time/dates';
import { checkWorkingTime } from './checker';
import { adultFrom, packFor } from './packs';
import { of, zone } from './testing/work';
import type { PersonWorkInput, WorkInterval } from './types';

// An apprentice of 16 in a German association; 2026-03-02 is a Monday.
const z = zone('Europe/Berlin');
const minor = (intervals: WorkInterval[], more: Partial<PersonWorkInput> = {}) =>
  checkWorkingTime(z.input('DE-ArbZG', intervals, { dateOfBirth: '2010-01-01', ...more }));
const [mon, tue, , , , sat, sun] = weekDates('2026-03-02') as [string, ...string[]];

describe('JArbSchG (minors in Germany)', () => {
  it('§ 8 Abs. 1: more than 8 h a day is a notice (allowed when other days of the week are shorter)', () => {
    expect(of(minor([z.work(mon, '07:00', '16:00', 'm1', 60)]), '§ 8 Abs. 1 JArbSchG')).toEqual([]);
    const [w] = of(minor([z.work(mon, '07:00', '16:30', 'm1', 60)]), '§ 8 Abs. 1 JArbSchG');
    expect(w).toMatchObject({ rule: 'daily_max', severity: 'notice', params: { netMinutes: 510, limitMinutes: 480 } });
  });

  it('§ 8 Abs. 2a: 8.5 h a day at most, net of breaks and summed across municipalities', () => {
    // 8:30 h of work is allowed: a shorter day of the week balances it.
    expect(of(minor([z.work(mon, '07:00', '16:30', 'm1', 60)]), '§ 8 Abs. 2a JArbSchG')).toEqual([]);
    const split = [z.work(mon, '07:00', '11:30', 'feldkirchen'), z.work(mon, '12:30', '16:45', 'himmelberg')];
    const [w] = of(minor(split), '§ 8 Abs. 2a JArbSchG');
    expect(w).toMatchObject({ severity: 'warning', params: { netMinutes: 525, limitMinutes: 510, municipalities: 2 } });
    // The 25-hour day: 00:30–09:30 on the wall clock reads 8 h net of the hour's break, but are 9 real hours.
    const autumn = minor([z.work('2026-10-25', '00:30', '09:30', 'm1', 60)]);
    expect(of(autumn, '§ 8 Abs. 2a JArbSchG')[0]?.params).toMatchObject({ netMinutes: 540 });
  });

  it('§ 8 Abs. 1: at most 40 h a week', () => {
    const week = weekDates(mon)
      .slice(0, 5)
      .map((d) => z.work(d, '07:00', '16:00', 'm1', 60));
    expect(of(minor(week), '§ 8 Abs. 1 JArbSchG')).toEqual([]);
    const over = of(minor([...week, z.work(sat!, '09:00', '10:00')]), '§ 8 Abs. 1 JArbSchG');
    expect(over).toMatchObject([{ rule: 'weekly_max', date: mon, params: { netMinutes: 2460, limitMinutes: 2400 } }]);
  });

  it('§ 9 Abs. 1 Nr. 1: no work before lessons that begin before 9:00', () => {
    const school = { schoolDays: [{ date: tue!, lessons: 4, minutes: 200, startsAt: '08:00' }] };
    const [w] = of(minor([z.work(tue!, '06:30', '07:45')], school), '§ 9 Abs. 1 Nr. 1 JArbSchG');
    expect(w).toMatchObject({ rule: 'school_morning', date: tue, params: { startsAt: '08:00', before: '09:00' } });
    // Work after school, or before lessons from 9:00, is no breach of Nr. 1.
    expect(of(minor([z.work(tue!, '13:00', '15:00')], school), '§ 9 Abs. 1 Nr. 1 JArbSchG')).toEqual([]);
    const late = { schoolDays: [{ date: tue!, lessons: 4, minutes: 200, startsAt: '09:30' }] };
    expect(of(minor([z.work(tue!, '07:00', '09:00')], late), '§ 9 Abs. 1 Nr. 1 JArbSchG')).toEqual([]);
  });

  it('§ 9 Abs. 1 Nr. 2, Abs. 2: the week’s first school day of over 5 lessons counts as 8 h, no work on it', () => {
    const warnings = minor([z.work(mon, '14:00', '16:00'), z.work(tue!, '13:00', '16:00')], {
      schoolDays: [
        { date: mon, lessons: 6, minutes: 300 },
        { date: tue!, lessons: 6, minutes: 300 },
      ],
    });
    expect(of(warnings, '§ 9 Abs. 1 Nr. 2 JArbSchG')).toMatchObject([
      { rule: 'school_time', date: mon, params: { lessons: 6 } },
    ]);
    // Monday: 8 h credited plus 2 h of work; Tuesday, the second long day, counts its 5 lessons' time only.
    expect(of(warnings, '§ 8 Abs. 2a JArbSchG')).toMatchObject([{ date: mon, params: { netMinutes: 600 } }]);
  });

  it('§ 11 Abs. 1: 30 min break over 4.5 h, 60 min over 6 h', () => {
    const [short] = of(minor([z.work(mon, '08:00', '13:00')]), '§ 11 Abs. 1 JArbSchG');
    expect(short?.params).toEqual({ netMinutes: 300, breakMinutes: 0, requiredMinutes: 30 });
    const split = [z.work(mon, '08:00', '12:00'), z.work(mon, '12:30', '15:00')];
    expect(of(minor(split), '§ 11 Abs. 1 JArbSchG')[0]?.params).toMatchObject({
      breakMinutes: 30,
      requiredMinutes: 60,
    });
  });

  it('§ 11 Abs. 2: never more than 4.5 h in a row without a break', () => {
    const late = [z.work(mon, '08:00', '13:00'), z.work(mon, '13:30', '14:00')];
    expect(of(minor(late), '§ 11 Abs. 2 JArbSchG')[0]?.params).toEqual({ longestMinutes: 300, limitMinutes: 270 });
  });

  it('§ 12: the shift, breaks included, spans at most 10 h', () => {
    const warnings = minor([z.work(mon, '07:00', '11:00'), z.work(mon, '14:00', '17:30')]);
    expect(of(warnings, '§ 12 JArbSchG')[0]?.params).toEqual({ spanMinutes: 630, limitMinutes: 600 });
    expect(warnings.filter((w) => w.paragraph !== '§ 12 JArbSchG')).toEqual([]);
  });

  it('§ 13: 12 h free between days', () => {
    const ok = minor([z.work(mon, '10:00', '18:00', 'm1', 60), z.work(tue!, '07:00', '12:00')]);
    expect(of(ok, '§ 13 JArbSchG')).toEqual([]);
    const short = minor([z.work(mon, '11:30', '19:30', 'm1', 60), z.work(tue!, '07:00', '11:00')]);
    expect(of(short, '§ 13 JArbSchG')[0]).toMatchObject({ date: tue, params: { restMinutes: 690 } });
  });

  it('§ 14 Abs. 1: no work from 20:00 to 6:00', () => {
    const evening = minor([z.work(mon, '12:00', '20:30', 'm1', 60)]);
    expect(of(evening, '§ 14 Abs. 1 JArbSchG')[0]?.params).toEqual({ minutes: 30, from: '20:00', to: '06:00' });
    const early = minor([z.work(tue!, '05:30', '09:00')]);
    expect(of(early, '§ 14 Abs. 1 JArbSchG')[0]?.params).toMatchObject({ minutes: 30 });
  });

  it('§ 15: five days a week', () => {
    const six = weekDates(mon)
      .slice(0, 6)
      .map((d) => z.work(d, '08:00', '12:00'));
    expect(of(minor(six), '§ 15 JArbSchG')).toMatchObject([{ date: mon, params: { days: 6, limitDays: 5 } }]);
    expect(of(minor(six.slice(0, 5)), '§ 15 JArbSchG')).toEqual([]);
  });

  it('§ 16, § 17, § 18: no work on Saturdays, Sundays and public holidays', () => {
    expect(of(minor([z.work(sat!, '08:00', '10:00')]), '§ 16 Abs. 1 JArbSchG')).toHaveLength(1);
    expect(of(minor([z.work(sun!, '08:00', '10:00')]), '§ 17 Abs. 1 JArbSchG')).toHaveLength(1);
    const holiday = minor([z.work('2026-04-06', '08:00', '10:00')], { holidays: new Set(['2026-04-06']) });
    expect(of(holiday, '§ 18 Abs. 1 JArbSchG')).toMatchObject([{ severity: 'warning', params: { kind: 'holiday' } }]);
  });

  it('stops on the 18th birthday: the ArbZG judges the day from then on', () => {
    const born = { dateOfBirth: '2008-06-10' };
    const eve = minor([z.work('2026-06-09', '07:00', '16:30', 'm1', 60)], born);
    expect(eve.map((w) => w.pack)).toEqual(['DE-JArbSchG']);
    const birthday = minor([z.work('2026-06-10', '07:00', '16:30', 'm1', 60)], born);
    expect(birthday.map((w) => w.paragraph)).toEqual(['§ 3 Satz 1 ArbZG']);
    expect(adultFrom('2008-02-29')).toBe('2026-03-01');
    expect(packFor('DE-ArbZG', '2008-02-29', '2026-02-28').id).toBe('DE-JArbSchG');
    expect(packFor('AT-K-GMG', '2010-01-01', '2026-02-28').id).toBe('AT-KJBG');
  });
});
