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
    { code: 'daily_max', minutes: 8 * 60, paragraph: '§ 8 Abs. 1 JArbSchG', severity: w },
    { code: 'weekly_max', minutes: 40 * 60, paragraph: '§ 8 Abs. 1 JArbSchG', severity: w },
    // Once a week a school day of more than 5 lessons counts as 8 h and no work may follow it.
    {
      code: 'school_time',
      longDayLessons: 5,
      longDayCreditMinutes: 8 * 60,
      noWorkOnLongDay: true,
      paragraph: '§ 9 JArbSchG',
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
 * Carinthia, Kärntner Gemeindemitarbeiterinnengesetz (LGBl. Nr. 96/2011), §§ 27–37. The maxima of § 30
 * follow the state service laws' usual 13 h day and 48 h week; check them against the current text.
 */
const kGmg: RulePack = {
  id: 'AT-K-GMG',
  country: 'AT',
  law: 'K-GMG',
  minors: false,
  rules: [
    // 40 h with the breaks of § 31 is the regular week; more is overtime (§ 36), hence a notice.
    { code: 'weekly_max', minutes: 40 * 60, withBreaks: true, paragraph: '§ 28 Abs. 1 K-GMG', severity: n },
    { code: 'daily_max', minutes: 13 * 60, paragraph: '§ 30 K-GMG', severity: w },
    { code: 'weekly_max', minutes: 48 * 60, paragraph: '§ 30 K-GMG', severity: w },
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
