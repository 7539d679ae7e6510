import { dayToDate } from './local-time';
import type { Rule, RulePack, WorkingTimeWarning } from './types';

/** School time credited to a day, and whether it is the week's one long school day (JArbSchG § 9). */
export type Credit = { minutes: number; longDay: boolean };

/** Local days, inclusive, whose warnings are wanted; the days around them are still read as context. */
export type DayRange = { from: number; to: number };

export function warning(
  rule: Rule,
  pack: RulePack,
  day: number,
  params: Record<string, number | string>,
): WorkingTimeWarning {
  return {
    rule: rule.code,
    pack: pack.id,
    paragraph: rule.paragraph,
    severity: rule.severity,
    date: dayToDate(day),
    params,
  };
}
