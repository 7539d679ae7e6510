import type { Issue } from '../../shared/errors/errors';
import type { Expansion } from '../../shared/series/expand';
import { type CheckedExpansion, checkOccurrences } from '../../shared/series/occurrence-checks';
import type { PlannedSeries } from '../../shared/series/schema';
import { addDays } from '../../shared/time/dates';
import { personBookings } from '../assignments/person-bookings';
import { WORKING_TIME } from '../assignments/working-time';
import { type MutationContext, Rejection } from '../sync/mutation-context';
import { serverWorkContext } from '../working-time/rule-facts';

const AROUND_DAYS = 9;
const widen = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

/**
 * The server's check of a series' occurrences on arrival (the device previewed the same): the person's
 * bookings as this push sees them (after the association's write lock, so a single assignment pushed at the
 * same moment has either committed and is seen, or waits for this push) turn overlapping days into
 * `conflict` skips; working-time breaches need the series' reason, else the series is refused as
 * `working_time` naming each paragraph and date.
 */
export async function checkOnServer(ctx: MutationContext, s: PlannedSeries, e: Expansion): Promise<CheckedExpansion> {
  const first = e.occurrences[0];
  const last = e.occurrences.at(-1);
  if (!first || !last) return { ...e, warnings: [] };
  const window = { from: addDays(s.startDate, -AROUND_DAYS), to: addDays(s.endDate, AROUND_DAYS) };
  const others = await personBookings(
    ctx,
    s.personId,
    widen(first.plannedStart, -AROUND_DAYS),
    widen(last.plannedEnd, AROUND_DAYS),
  );
  const work = await serverWorkContext(ctx.trx, ctx.user.associationId, s.personId, window);
  const checked = checkOccurrences(s, e, others, work, work.timeZone);
  const breaches = checked.warnings.filter((w) => w.rules.length > 0);
  if (breaches.length > 0 && !s.ruleReason?.trim()) {
    const details: Issue[] = breaches.flatMap((b) =>
      b.warnings
        .filter((w) => w.severity === 'warning')
        .map((w) => ({ path: 'ruleReason', code: w.rule, message: `${w.paragraph} (${b.date})` })),
    );
    const paragraphs = [...new Set(details.map((d) => d.message.replace(/ \(.*$/, '')))];
    throw new Rejection(WORKING_TIME, `The series breaks working-time rules: ${paragraphs.join(', ')}`, null, details);
  }
  return checked;
}
