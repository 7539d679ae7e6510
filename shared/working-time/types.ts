/**
 * Working-time rule packs as data, and what the checker reads and answers. Types only (and the pack
 * ids they are built from): the packs
 * (packs.ts), the checker (checker.ts) and the holidays (holidays.ts) share them on device and server.
 */

/** A pack of one law; which applies to a person on a day follows from the association and the age. */
export const packIds = ['DE-ArbZG', 'DE-JArbSchG', 'AT-AZG', 'AT-K-GMG', 'AT-KJBG'] as const;
export type PackId = (typeof packIds)[number];

/** `warning` breaches a limit; `notice` is allowed but needs something else (compensation, an exception). */
export type Severity = 'warning' | 'notice';

type RuleBase = { paragraph: string; severity: Severity };

/**
 * One limit of a law. Minutes are real elapsed minutes (a 25-hour day has 25 of them); times of day
 * (`HH:MM`) are wall-clock times in the person's time zone.
 */
export type Rule = RuleBase &
  (
    | { code: 'daily_max'; minutes: number }
    | { code: 'daily_breaks'; steps: readonly { overMinutes: number; breakMinutes: number }[]; minPartMinutes: number }
    | { code: 'work_stretch'; minutes: number; minPartMinutes: number }
    | { code: 'shift_span'; minutes: number }
    | { code: 'daily_rest'; minutes: number }
    /** `withBreaks`: the limit counts the pack's required breaks as well (§ 28 Abs. 1 K-GMG). */
    | { code: 'weekly_max'; minutes: number; withBreaks?: boolean }
    | { code: 'weekly_rest'; minutes: number }
    /**
     * Work between `from` and `to` on the wall clock. `overMinutes`: only more night time than this counts
     * (ArbZG § 2 Abs. 4: over 2 h); `dailyOverMinutes`: only on a day of more net work (§ 6 Abs. 2 ArbZG).
     */
    | { code: 'night_work'; from: string; to: string; overMinutes?: number; dailyOverMinutes?: number }
    | { code: 'days_per_week'; days: number }
    | { code: 'rest_day'; sundays: boolean; saturdays: boolean; holidays: boolean }
    | { code: 'school_time'; longDayLessons: number | null; longDayCreditMinutes: number; noWorkOnLongDay: boolean }
    /** No work before lessons that begin before `before` (JArbSchG § 9 Abs. 1 Nr. 1). */
    | { code: 'school_morning'; before: string }
  );
export type RuleCode = Rule['code'];

export type RulePack = {
  id: PackId;
  country: 'DE' | 'AT';
  /** Short name of the law as people cite it ("ArbZG"). */
  law: string;
  /** Protects minors: applies until the 18th birthday. */
  minors: boolean;
  rules: readonly Rule[];
};

/** A stretch of work: a planned assignment or a logged time entry. Instants are epoch milliseconds. */
export type WorkInterval = {
  start: number;
  end: number;
  municipalityId: string;
  /** A break taken inside the interval whose place is not known (a time entry's break minutes). */
  breakMinutes?: number;
};

/** A break whose place is known. */
export type BreakInterval = { start: number; end: number };

/**
 * A day at vocational school (Berufsschule): counts towards working time for minors. `startsAt` (`HH:MM`)
 * when the first lesson's time is known.
 */
export type SchoolDay = { date: string; lessons: number; minutes: number; startsAt?: string };

export type PersonWorkInput = {
  timeZone: string;
  /** `YYYY-MM-DD` or null when unknown (then the adult pack applies). */
  dateOfBirth: string | null;
  /** The association's pack for adults (association settings `lawPack`). */
  adultPack: PackId;
  intervals: readonly WorkInterval[];
  breaks?: readonly BreakInterval[];
  schoolDays?: readonly SchoolDay[];
  /** Public holidays and whole closure days that apply to the person (holidays.ts), `YYYY-MM-DD`. */
  holidays?: ReadonlySet<string>;
  /** Days off of one municipality only, as `municipalityId|YYYY-MM-DD`: they count where the work is. */
  holidaysAt?: ReadonlySet<string>;
};

/** What a check needs to know of the person and the association besides the work, on device and server. */
export type WorkContext = {
  timeZone: string;
  adultPack: PackId;
  dateOfBirth: string | null;
  /** Public holidays and closure days as known where the check runs; none when a device has none yet. */
  holidays?: ReadonlySet<string>;
  /** Days off per municipality, `municipalityId|YYYY-MM-DD` (work-context.ts builds them on both sides). */
  holidaysAt?: ReadonlySet<string>;
  /** The person's vocational-school days (approved school absences). */
  schoolDays?: readonly SchoolDay[];
};

/** A breach, translated by the UI from `rule` and `params`; `date` is the local day it belongs to. */
export type WorkingTimeWarning = {
  rule: RuleCode;
  pack: PackId;
  paragraph: string;
  severity: Severity;
  date: string;
  params: Readonly<Record<string, number | string>>;
};
