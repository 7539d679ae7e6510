import { dayOf, MINUTE, mondayOf, weekOf } from './local-time';
import type { PersonWorkInput, RulePack, WorkingTimeWarning } from './types';
import { type Credit, type DayRange, warning } from './warning';
import { gapsOfAtLeast, requiredBreakMinutes, type WorkDay } from './work-days';

/**
 * Rules per calendar week (Monday to Sunday, as § 27 lit. c K-GMG and the JArbSchG count it). A week's
 * days may fall under two packs (an 18th birthday mid-week): each pack judges the days it applies to.
 * Warnings are dated on the week's Monday.
 */
export function checkWeeks(
  input: PersonWorkInput,
  days: readonly WorkDay[],
  packs: readonly RulePack[],
  credits: readonly Credit[],
  range: DayRange | null,
  out: WorkingTimeWarning[],
): void {
  const rest = weeklyRest(input.timeZone, days);
  let i = 0;
  while (i < days.length) {
    const week = weekOf(days[i]!.day);
    let j = i;
    while (j < days.length && weekOf(days[j]!.day) === week) j++;
    const monday = mondayOf(days[i]!.day);
    if (!range || (monday <= range.to && monday + 6 >= range.from)) {
      for (const pack of new Set(packs.slice(i, j))) checkWeek(pack, i, j, monday, rest.get(week));
    }
    i = j;
  }

  function checkWeek(pack: RulePack, from: number, to: number, monday: number, longestRest: number | undefined) {
    let netMs = 0;
    let breakMs = 0;
    let workDays = 0;
    let worked = false;
    const breakRule = pack.rules.find((r) => r.code === 'daily_breaks');
    for (let k = from; k < to; k++) {
      if (packs[k] !== pack) continue;
      const d = days[k]!;
      netMs += d.netMs + credits[k]!.minutes * MINUTE;
      if (breakRule?.code === 'daily_breaks') {
        const required = requiredBreakMinutes(breakRule, d.netMs) * MINUTE;
        breakMs += Math.min(required, gapsOfAtLeast(d.segs, breakRule.minPartMinutes));
      }
      if (d.segs.length > 0 || d.schoolMinutes > 0 || d.lessons > 0) workDays++;
      worked ||= d.segs.length > 0;
    }
    for (const rule of pack.rules) {
      if (rule.code === 'weekly_max' && netMs + (rule.withBreaks ? breakMs : 0) > rule.minutes * MINUTE) {
        const params = { netMinutes: Math.round(netMs / MINUTE), limitMinutes: rule.minutes };
        out.push(warning(rule, pack, monday, rule.withBreaks ? { ...params, breakMinutes: breakMs / MINUTE } : params));
      } else if (rule.code === 'days_per_week' && workDays > rule.days) {
        out.push(warning(rule, pack, monday, { days: workDays, limitDays: rule.days }));
      } else if (rule.code === 'weekly_rest' && worked && longestRest !== undefined) {
        if (longestRest < rule.minutes * MINUTE) {
          const longestMinutes = Math.round(longestRest / MINUTE);
          out.push(warning(rule, pack, monday, { longestMinutes, limitMinutes: rule.minutes }));
        }
      }
    }
  }
}

/**
 * The longest uninterrupted rest that begins in each week with work (a rest from Saturday to Monday is
 * the week's that it began in). After the last known work the rest is unbounded: what the caller did
 * not pass is taken as free time.
 */
function weeklyRest(timeZone: string, days: readonly WorkDay[]): Map<number, number> {
  const longest = new Map<number, number>();
  for (const d of days) if (d.segs.length > 0) longest.set(weekOf(d.day), 0);
  let lastEnd = Number.NEGATIVE_INFINITY;
  const note = (from: number, to: number) => {
    if (from === Number.NEGATIVE_INFINITY) return;
    const week = weekOf(dayOf(timeZone, from));
    const known = longest.get(week);
    if (known !== undefined && to - from > known) longest.set(week, to - from);
  };
  for (const d of days) {
    for (let s = 0; s < d.segs.length; s += 2) {
      if (d.segs[s]! > lastEnd) note(lastEnd, d.segs[s]!);
      lastEnd = Math.max(lastEnd, d.segs[s + 1]!);
    }
  }
  note(lastEnd, Number.POSITIVE_INFINITY);
  return longest;
}
