import type { Assignment } from '../../shared/assignments/schema';
import type { Issue } from '../../shared/errors/errors';
import { addDays, dateIn } from '../../shared/time/dates';
import { planWarnings, unanswered } from '../../shared/working-time/plan-check';
import type { WorkContext } from '../../shared/working-time/types';
import { type MutationContext, Rejection } from '../sync/mutation-context';
import { serverWorkContext } from '../working-time/rule-facts';
import { personBookings } from './person-bookings';

export const WORKING_TIME = 'working_time';

// impactOf reads the weeks around the day and a day or two more: nine days either side hold them.
const AROUND_DAYS = 9;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The facts of the plan's person around its day: days off where she works, school days, her pack. */
async function planContext(ctx: MutationContext, a: Assignment): Promise<WorkContext> {
  const { timeZone } = await ctx.trx
    .selectFrom('associationSettings')
    .select('timeZone')
    .where('id', '=', ctx.user.associationId)
    .executeTakeFirstOrThrow();
  const day = dateIn(timeZone, new Date(a.plannedStart));
  const window = { from: addDays(day, -AROUND_DAYS), to: addDays(day, AROUND_DAYS) };
  return serverWorkContext(ctx.trx, ctx.user.associationId, a.personId, window);
}

/**
 * Refuses a plan that breaches a working-time rule (shared/working-time/plan-check.ts) unless the
 * coordinator overrode it with a reason; the warnings go back in the details. The person's other
 * assignments are read as the push sees them, so of two pushes in flight that together pass a weekly
 * maximum the second is refused. A new or changed override is stamped with who and when.
 */
export async function assertWithinWorkingTime(
  ctx: MutationContext,
  a: Assignment,
  changed: readonly string[],
  reply: Assignment | null,
): Promise<Assignment> {
  const override = a.ruleOverride ?? null;
  const stamped =
    override && changed.includes('ruleOverride')
      ? { ...a, ruleOverride: { ...override, by: ctx.user.id, at: ctx.now.toISOString() } }
      : a;
  const from = new Date(Date.parse(a.plannedStart) - AROUND_DAYS * DAY_MS).toISOString();
  const to = new Date(Date.parse(a.plannedEnd) + AROUND_DAYS * DAY_MS).toISOString();
  const others = await personBookings(ctx, a.personId, from, to);
  const open = unanswered(planWarnings(await planContext(ctx, a), a, others), override);
  if (open.length === 0) return stamped;
  const details: Issue[] = open.map((w) => ({
    path: 'ruleOverride',
    code: w.rule,
    message: `${w.paragraph} (${w.date})`,
  }));
  throw new Rejection(
    WORKING_TIME,
    `The plan breaks working-time rules: ${open.map((w) => w.paragraph).join(', ')}`,
    reply,
    details,
  );
}
