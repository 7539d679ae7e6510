import { toMinutes } from '../time/dates';
import { DAY, dateToDay, dayToDate, localMs, MINUTE, startOfDay, weekdayOf, weekOf } from './local-time';
import { packsByDay } from './packs';
import type { PersonWorkInput, Rule, RulePack, WorkingTimeWarning } from './types';
import { type Credit, type DayRange, warning } from './warning';
import { checkWeeks } from './week-rules';
import { gapsOfAtLeast, requiredBreakMinutes, type WorkDay, workDays } from './work-days';

/**
 * Warnings for a person's work: per local day, net of breaks, summed across municipalities, each naming
 * its rule and paragraph. `range` (`YYYY-MM-DD`, inclusive) limits what is reported, not what is read.
 */
export function checkWorkingTime(input: PersonWorkInput, range?: { from: string; to: string }): WorkingTimeWarning[] {
  const days = range ? { from: dateToDay(range.from), to: dateToDay(range.to) } : null;
  return checkDays(input, workDays(input), days);
}

export function checkDays(
  input: PersonWorkInput,
  days: readonly WorkDay[],
  range: DayRange | null,
): WorkingTimeWarning[] {
  const out: WorkingTimeWarning[] = [];
  const packOf = packsByDay(input.adultPack, input.dateOfBirth);
  const packs = days.map((d) => packOf(d.day));
  const credits = schoolCredits(days, packs);
  let previous: WorkDay | undefined;
  for (let i = 0; i < days.length; i++) {
    const d = days[i]!;
    if (!range || (d.day >= range.from && d.day <= range.to)) {
      const pack = packs[i]!;
      for (const rule of pack.rules) {
        const params = dayRule(rule, d, credits[i]!, previous, input);
        if (params) out.push(warning(rule, pack, d.day, params));
      }
    }
    if (d.segs.length > 0) previous = d;
  }
  checkWeeks(input, days, packs, credits, range, out);
  return out;
}

const minutes = (ms: number): number => Math.round(ms / MINUTE);

function dayRule(
  rule: Rule,
  d: WorkDay,
  credit: Credit,
  previous: WorkDay | undefined,
  input: PersonWorkInput,
): Record<string, number | string> | null {
  const { segs } = d;
  const worked = segs.length > 0;
  switch (rule.code) {
    case 'daily_max': {
      const total = d.netMs + credit.minutes * MINUTE;
      return total > rule.minutes * MINUTE
        ? { netMinutes: minutes(total), limitMinutes: rule.minutes, municipalities: d.municipalities }
        : null;
    }
    case 'daily_breaks': {
      const required = requiredBreakMinutes(rule, d.netMs);
      const taken = minutes(gapsOfAtLeast(segs, rule.minPartMinutes));
      return taken < required ? { netMinutes: minutes(d.netMs), breakMinutes: taken, requiredMinutes: required } : null;
    }
    case 'work_stretch': {
      const longest = longestStretch(segs, rule.minPartMinutes);
      return longest > rule.minutes * MINUTE ? { longestMinutes: minutes(longest), limitMinutes: rule.minutes } : null;
    }
    case 'shift_span': {
      const span = worked ? segs[segs.length - 1]! - segs[0]! : 0;
      return span > rule.minutes * MINUTE ? { spanMinutes: minutes(span), limitMinutes: rule.minutes } : null;
    }
    case 'daily_rest': {
      if (!worked || !previous) return null;
      // Overlapping days (a night shift into an early start) have no rest at all.
      const rest = Math.max(0, segs[0]! - previous.segs[previous.segs.length - 1]!);
      return rest < rule.minutes * MINUTE
        ? { restMinutes: minutes(rest), limitMinutes: rule.minutes, previousDate: dayToDate(previous.day) }
        : null;
    }
    case 'night_work': {
      const night = nightMs(segs, input.timeZone, toMinutes(rule.from), toMinutes(rule.to));
      if (night <= (rule.overMinutes ?? 0) * MINUTE) return null;
      const params = { minutes: minutes(night), from: rule.from, to: rule.to };
      if (rule.dailyOverMinutes === undefined) return params;
      return d.netMs > rule.dailyOverMinutes * MINUTE
        ? { ...params, netMinutes: minutes(d.netMs), limitMinutes: rule.dailyOverMinutes }
        : null;
    }
    case 'rest_day': {
      if (!worked) return null;
      const weekday = weekdayOf(d.day);
      if (rule.sundays && weekday === 6) return { kind: 'sunday' };
      if (rule.saturdays && weekday === 5) return { kind: 'saturday' };
      if (rule.holidays && isDayOff(input, d)) return { kind: 'holiday' };
      return null;
    }
    case 'school_time':
      return rule.noWorkOnLongDay && credit.longDay && worked ? { lessons: d.lessons } : null;
    case 'school_morning': {
      if (!worked || d.schoolStart === null || d.schoolStart >= toMinutes(rule.before)) return null;
      // Work on the wall clock before the first lesson, which begins before `before`.
      const lessons = startOfDay(input.timeZone, d.day) + d.schoolStart * MINUTE;
      return segs[0]! < lessons ? { startsAt: hhmm(d.schoolStart), before: rule.before } : null;
    }
    default:
      return null;
  }
}

/** A public holiday or whole closure day for all of the person's places, or for one she works at that day. */
function isDayOff(input: PersonWorkInput, d: WorkDay): boolean {
  const date = dayToDate(d.day);
  if (input.holidays?.has(date)) return true;
  const at = input.holidaysAt;
  return at !== undefined && d.places.some((p) => at.has(`${p}|${date}`));
}

const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** School time per day under each day's pack; only the week's first long school day is credited whole. */
function schoolCredits(days: readonly WorkDay[], packs: readonly RulePack[]): Credit[] {
  let longWeek = Number.NaN;
  return days.map((d, i) => {
    const rule = packs[i]!.rules.find((r) => r.code === 'school_time');
    if (rule?.code !== 'school_time' || d.schoolMinutes + d.lessons === 0) return { minutes: 0, longDay: false };
    const week = weekOf(d.day);
    if (rule.longDayLessons !== null && d.lessons > rule.longDayLessons && week !== longWeek) {
      longWeek = week;
      return { minutes: rule.longDayCreditMinutes, longDay: true };
    }
    return { minutes: d.schoolMinutes, longDay: false };
  });
}

/** Longest work without a break that counts; shorter interruptions do not end a stretch. */
function longestStretch(segs: readonly number[], minPartMinutes: number): number {
  let longest = 0;
  let run = 0;
  for (let s = 0; s < segs.length; s += 2) {
    if (s > 0 && segs[s]! - segs[s - 1]! >= minPartMinutes * MINUTE) run = 0;
    run += segs[s + 1]! - segs[s]!;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Work inside the nightly window, read on the wall clock (`from` > `to` wraps past midnight). */
function nightMs(segs: readonly number[], timeZone: string, from: number, to: number): number {
  let sum = 0;
  const wraps = from > to;
  for (let s = 0; s < segs.length; s += 2) {
    const a = localMs(timeZone, segs[s]!);
    const b = localMs(timeZone, segs[s + 1]!);
    for (let day = Math.floor(a / DAY) - 1; day <= Math.floor(b / DAY); day++) {
      const start = day * DAY + from * MINUTE;
      const end = (wraps ? day + 1 : day) * DAY + to * MINUTE;
      sum += Math.max(0, Math.min(b, end) - Math.max(a, start));
    }
  }
  return sum;
}
