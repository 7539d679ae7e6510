import { dateToDay } from './local-time';
import type { PackId, RulePack } from './types';

const w = 'warning' as const;
const n = 'notice' as const;

/** Germany, Arbeitszeitgesetz: adults. Exceptions by collective agreement (§ 7) are not modelled. */
const arbZG: RulePack = {
  id: 'DE-ArbZG',
  country: 'DE',
  law: 'ArbZG',
  minors: false,
  rules: [
    // More than 8 h is allowed only if the average stays at 8 h within 6 months: a notice, not a breach.
    { code: 'daily_max', minutes: 8 * 60, paragraph: '§ 3 Satz 1 ArbZG', severity: n },
    { code: 'daily_max', minutes: 10 * 60, paragraph: '§ 3 Satz 2 ArbZG', severity: w },
    // Six working days (Werktage) of at most 10 h.
    { code: 'weekly_max', minutes: 60 * 60, paragraph: '§ 3 ArbZG', severity: w },
    {
      code: 'daily_breaks',
      steps: [
        { overMinutes: 6 * 60, breakMinutes: 30 },
        { overMinutes: 9 * 60, breakMinutes: 45 },
      ],
      minPartMinutes: 15,
      paragraph: '§ 4 Satz 1, 2 ArbZG',
      severity: w,
    },
    { code: 'work_stretch', minutes: 6 * 60, minPartMinutes: 15, paragraph: '§ 4 Satz 3 ArbZG', severity: w },
    { code: 'daily_rest', minutes: 11 * 60, paragraph: '§ 5 Abs. 1 ArbZG', severity: w },
    // Night work is more than 2 h between 23:00 and 6:00 (§ 2 Abs. 3, 4); such a day over 8 h must average 8 h
    // within a month, not six (§ 6 Abs. 2): a notice, like § 3 Satz 1.
    {
      code: 'night_work',
      from: '23:00',
      to: '06:00',
      overMinutes: 120,
      dailyOverMinutes: 8 * 60,
      paragraph: '§ 6 Abs. 2 ArbZG',
      severity: n,
    },
    // Public services have wide exceptions (§ 10), so Sunday and holiday work is a notice.
    { code: 'rest_day', sundays: true, saturdays: false, holidays: true, paragraph: '§ 9 Abs. 1 ArbZG', severity: n },
  ],
};

/** Germany, Jugendarbeitsschutzgesetz: minors (it replaces the ArbZG for them, § 18 Abs. 2 ArbZG). */
const jArbSchG: RulePack = {
  id: 'DE-JArbSchG',
  country: 'DE',
  law: 'JArbSchG',
  minors: true,
  rules: [
    // Up to 8.5 h when other working days of the same week are shorter (§ 8 Abs. 2a); the 40 h of the week
    // hold the balance, so 8 h is a notice and 8.5 h the breach.
    { code: 'daily_max', minutes: 8 * 60, paragraph: '§ 8 Abs. 1 JArbSchG', severity: n },
    { code: 'daily_max', minutes: 8.5 * 60, paragraph: '§ 8 Abs. 2a JArbSchG', severity: w },
    { code: 'weekly_max', minutes: 40 * 60, paragraph: '§ 8 Abs. 1 JArbSchG', severity: w },
    // No work before lessons that begin before 9:00.
    { code: 'school_morning', before: '09:00', paragraph: '§ 9 Abs. 1 Nr. 1 JArbSchG', severity: w },
    // Once a week a school day of more than 5 lessons of 45 min: no work that day (Abs. 1 Nr. 2); it counts
    // as 8 h, other school days with their time (Abs. 2 Nr. 1, 3).
    {
      code: 'school_time',
      longDayLessons: 5,
      longDayCreditMinutes: 8 * 60,
      noWorkOnLongDay: true,
      paragraph: '§ 9 Abs. 1 Nr. 2 JArbSchG',
      severity: w,
    },
    {
      code: 'daily_breaks',
      steps: [
        { overMinutes: 4.5 * 60, breakMinutes: 30 },
        { overMinutes: 6 * 60, breakMinutes: 60 },
      ],
      minPartMinutes: 15,
      paragraph: '§ 11 Abs. 1 JArbSchG',
      severity: w,
    },
    { code: 'work_stretch', minutes: 4.5 * 60, minPartMinutes: 15, paragraph: '§ 11 Abs. 2 JArbSchG', severity: w },
    { code: 'shift_span', minutes: 10 * 60, paragraph: '§ 12 JArbSchG', severity: w },
    { code: 'daily_rest', minutes: 12 * 60, paragraph: '§ 13 JArbSchG', severity: w },
    { code: 'night_work', from: '20:00', to: '06:00', paragraph: '§ 14 Abs. 1 JArbSchG', severity: w },
    { code: 'days_per_week', days: 5, paragraph: '§ 15 JArbSchG', severity: w },
    {
      code: 'rest_day',
      sundays: false,
      saturdays: true,
      holidays: false,
      paragraph: '§ 16 Abs. 1 JArbSchG',
      severity: w,
    },
    {
      code: 'rest_day',
      sundays: true,
      saturdays: false,
      holidays: false,
      paragraph: '§ 17 Abs. 1 JArbSchG',
      severity: w,
    },
    {
      code: 'rest_day',
      sundays: false,
      saturdays: false,
      holidays: true,
      paragraph: '§ 18 Abs. 1 JArbSchG',
      severity: w,
    },
  ],
};

/** Austria, Arbeitszeitgesetz (private employers; municipal staff fall under state laws such as K-GMG). */
const azg: RulePack = {
  id: 'AT-AZG',
  country: 'AT',
  law: 'AZG',
  minors: false,
  rules: [
    { code: 'daily_max', minutes: 12 * 60, paragraph: '§ 9 Abs. 1 AZG', severity: w },
    { code: 'weekly_max', minutes: 60 * 60, paragraph: '§ 9 Abs. 1 AZG', severity: w },
    {
      code: 'daily_breaks',
      steps: [{ overMinutes: 6 * 60, breakMinutes: 30 }],
      minPartMinutes: 10,
      paragraph: '§ 11 Abs. 1 AZG',
      severity: w,
    },
    { code: 'daily_rest', minutes: 11 * 60, paragraph: '§ 12 Abs. 1 AZG', severity: w },
    { code: 'weekly_rest', minutes: 36 * 60, paragraph: '§ 3 Abs. 1 ARG', severity: w },
  ],
};

/**
 * Carinthia, Kärntner Gemeindemitarbeiterinnengesetz (LGBl. Nr. 96/2011), §§ 27–37 as in force in 2024:
 * Dienstzeit is net of breaks (§ 27 lit. a), the week runs Monday to Sunday (§ 27 lit. c).
 */
const kGmg: RulePack = {
  id: 'AT-K-GMG',
  country: 'AT',
  law: 'K-GMG',
  minors: false,
  rules: [
    // 40 h with the breaks of § 31 is the regular week; more is overtime (§ 36), hence a notice.
    { code: 'weekly_max', minutes: 40 * 60, withBreaks: true, paragraph: '§ 28 Abs. 1 K-GMG', severity: n },
    { code: 'daily_max', minutes: 13 * 60, paragraph: '§ 30 Abs. 1 K-GMG', severity: w },
    // 48 h is an average over 17 weeks, and more with the employee's written consent (Abs. 3): a notice.
    { code: 'weekly_max', minutes: 48 * 60, paragraph: '§ 30 Abs. 2 K-GMG', severity: n },
    // Two breaks of 15 or three of 10 minutes may replace the half hour.
    {
      code: 'daily_breaks',
      steps: [{ overMinutes: 6 * 60, breakMinutes: 30 }],
      minPartMinutes: 10,
      paragraph: '§ 31 K-GMG',
      severity: w,
    },
    { code: 'daily_rest', minutes: 11 * 60, paragraph: '§ 32 K-GMG', severity: w },
    { code: 'weekly_rest', minutes: 35 * 60, paragraph: '§ 33 Abs. 1 K-GMG', severity: w },
  ],
};

/** Austria, Kinder- und Jugendlichen-Beschäftigungsgesetz 1987: minors (also municipal, § 104 Abs. 3 K-GMG). */
const kjbg: RulePack = {
  id: 'AT-KJBG',
  country: 'AT',
  law: 'KJBG',
  minors: true,
  rules: [
    { code: 'daily_max', minutes: 8 * 60, paragraph: '§ 11 Abs. 1 KJBG', severity: w },
    { code: 'weekly_max', minutes: 40 * 60, paragraph: '§ 11 Abs. 1 KJBG', severity: w },
    // School time counts as working time, lesson for lesson.
    {
      code: 'school_time',
      longDayLessons: null,
      longDayCreditMinutes: 0,
      noWorkOnLongDay: false,
      paragraph: '§ 11 Abs. 5 KJBG',
      severity: w,
    },
    {
      code: 'daily_breaks',
      steps: [{ overMinutes: 4.5 * 60, breakMinutes: 30 }],
      minPartMinutes: 30,
      paragraph: '§ 15 Abs. 1 KJBG',
      severity: w,
    },
    // The half hour comes after 6 h of work at the latest.
    { code: 'work_stretch', minutes: 6 * 60, minPartMinutes: 30, paragraph: '§ 15 Abs. 1 KJBG', severity: w },
    { code: 'daily_rest', minutes: 12 * 60, paragraph: '§ 16 KJBG', severity: w },
    { code: 'night_work', from: '20:00', to: '06:00', paragraph: '§ 17 Abs. 1 KJBG', severity: w },
    { code: 'rest_day', sundays: true, saturdays: false, holidays: true, paragraph: '§ 18 Abs. 1 KJBG', severity: w },
    // Two free calendar days a week (Wochenfreizeit).
    { code: 'days_per_week', days: 5, paragraph: '§ 19 KJBG', severity: w },
  ],
};

export const rulePacks: Readonly<Record<PackId, RulePack>> = {
  'DE-ArbZG': arbZG,
  'DE-JArbSchG': jArbSchG,
  'AT-AZG': azg,
  'AT-K-GMG': kGmg,
  'AT-KJBG': kjbg,
};

const minorsPackOf = { DE: jArbSchG, AT: kjbg } as const;

/** The first day someone is of age: the 18th anniversary of birth (29 February: 1 March). */
export function adultFrom(dateOfBirth: string): string {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + 18, m - 1, d)).toISOString().slice(0, 10);
}

/** The pack that applies to a person on a date: the minors' pack of the country until the 18th birthday. */
export function packFor(adultPack: PackId, dateOfBirth: string | null, date: string): RulePack {
  return packsByDay(adultPack, dateOfBirth)(dateToDay(date));
}

/** packFor for many days of one person: the birthday is worked out once. */
export function packsByDay(adultPack: PackId, dateOfBirth: string | null): (day: number) => RulePack {
  const pack = rulePacks[adultPack];
  if (dateOfBirth === null) return () => pack;
  const adultDay = dateToDay(adultFrom(dateOfBirth));
  const minors = minorsPackOf[pack.country];
  return (day) => (day >= adultDay ? pack : minors);
}

/** The working-time rule packs an association picks for adults (DOMAIN.md); Austrian municipal staff fall
 * under state laws such as K-GMG. Here, not in the settings' schema, so devices check without zod. */
export const lawPacks = ['DE-ArbZG', 'AT-AZG', 'AT-K-GMG'] as const satisfies readonly PackId[];

/** The law pack a new association starts with. */
export const defaultLawPack = (country: 'DE' | 'AT'): (typeof lawPacks)[number] =>
  country === 'DE' ? 'DE-ArbZG' : 'AT-AZG';
