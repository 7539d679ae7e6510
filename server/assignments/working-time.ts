import type { Assignment } from '../../shared/assignments/schema';
import type { Issue } from '../../shared/errors/errors';
import type { Country } from '../../shared/masterdata/schemas';
import { addDays, dateIn } from '../../shared/time/dates';
import { holidayCalendar } from '../../shared/working-time/holidays';
import { planWarnings, unanswered } from '../../shared/working-time/plan-check';
import type { PackId, WorkContext } from '../../shared/working-time/types';
import { type MutationContext, Rejection } from '../sync/mutation-context';
import { dateHolidaysSource } from '../working-time/public-holidays';
import { personBookings } from './person-bookings';

export const WORKING_TIME = 'working_time';

const calendar = holidayCalendar(dateHolidaysSource);
// impactOf reads the weeks around the day and a day or two more: nine days either side hold them.
const AROUND_DAYS = 9;
const DAY_MS = 24 * 60 * 60 * 1000;

async function planContext(ctx: MutationContext, a: Assignment): Promise<WorkContext> {
  const settings = await ctx.trx
    .selectFrom('associationSettings')
    .select(['timeZone', 'lawPack', 'country', 'state'])
    .where('id', '=', ctx.user.associationId)
    .executeTakeFirstOrThrow();
  const person = await ctx.trx
    .selectFrom('personProfiles')
    .select('dateOfBirth')
    .where('id', '=', a.personId)
    .where('associationId', '=', ctx.user.associationId)
    .executeTakeFirst();
  const day = dateIn(settings.timeZone, new Date(a.plannedStart));
  const days = calendar.holidaysInRange(
    settings.country as Country,
    settings.state || null,
    addDays(day, -AROUND_DAYS),
    addDays(day, AROUND_DAYS),
  );
  return {
    timeZone: settings.timeZone,
    adultPack: settings.lawPack as PackId,
    dateOfBirth: person?.dateOfBirth ?? null,
    holidays: new Set(days.map((h) => h.date)),
  };
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
