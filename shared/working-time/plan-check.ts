import type { Assignment } from '../assignments/schema';
import { blocksTime } from '../planning/double-booking';
import { dayOf } from './local-time';
import { packsByDay } from './packs';
import { impactOf } from './impact';
import type { PersonWorkInput, RuleCode, RulePack, WorkContext, WorkingTimeWarning, WorkInterval } from './types';

type Planned = Pick<Assignment, 'id' | 'personId' | 'plannedStart' | 'plannedEnd' | 'status' | 'municipalityId'>;

/**
 * The break a planned stretch of this length includes: the worker places it, so the plan assumes the
 * pack's statutory break (a 8:30 h assignment is 8 h of work and 30 min of break), in its middle.
 */
export function assumedBreakMinutes(pack: RulePack, grossMinutes: number): number {
  const rule = pack.rules.find((r) => r.code === 'daily_breaks');
  if (rule?.code !== 'daily_breaks') return 0;
  let minutes = 0;
  for (const step of rule.steps) if (grossMinutes > step.overMinutes) minutes = step.breakMinutes;
  return minutes;
}

function intervalOf(a: Planned, packOf: (day: number) => RulePack, timeZone: string): WorkInterval {
  const start = Date.parse(a.plannedStart);
  const end = Date.parse(a.plannedEnd);
  const breakMinutes = assumedBreakMinutes(packOf(dayOf(timeZone, start)), (end - start) / 60_000);
  return { start, end, municipalityId: a.municipalityId, breakMinutes };
}

/**
 * The warnings planning `a` would add or make worse, given the person's other assignments (in every
 * municipality; cancelled ones and `a`'s own older version are left out). Runs on the board before the
 * change is sent and again on the server when it arrives.
 */
export function planWarnings(ctx: WorkContext, a: Planned, others: readonly Planned[]): WorkingTimeWarning[] {
  if (!blocksTime(a)) return [];
  const packOf = packsByDay(ctx.adultPack, ctx.dateOfBirth);
  const input: PersonWorkInput = {
    timeZone: ctx.timeZone,
    adultPack: ctx.adultPack,
    dateOfBirth: ctx.dateOfBirth,
    intervals: others
      .filter((o) => o.id !== a.id && o.personId === a.personId && blocksTime(o))
      .map((o) => intervalOf(o, packOf, ctx.timeZone)),
    ...contextInput(ctx),
  };
  return impactOf(input, intervalOf(a, packOf, ctx.timeZone)).warnings;
}

/** The parts of a context the checker reads besides the work: days off and school days. */
export function contextInput(ctx: WorkContext): Pick<PersonWorkInput, 'holidays' | 'holidaysAt' | 'schoolDays'> {
  return {
    ...(ctx.holidays ? { holidays: ctx.holidays } : {}),
    ...(ctx.holidaysAt ? { holidaysAt: ctx.holidaysAt } : {}),
    ...(ctx.schoolDays ? { schoolDays: ctx.schoolDays } : {}),
  };
}

/** Breaches (severity `warning`) that the override does not answer; notices never need one. */
export function unanswered(
  warnings: readonly WorkingTimeWarning[],
  override: { warnings: readonly RuleCode[] } | null | undefined,
): WorkingTimeWarning[] {
  return warnings.filter((w) => w.severity === 'warning' && !override?.warnings.includes(w.rule));
}

/** Which rules an override answers: each breached rule once. */
export const breachedRules = (warnings: readonly WorkingTimeWarning[]): RuleCode[] => [
  ...new Set(warnings.filter((w) => w.severity === 'warning').map((w) => w.rule)),
];
