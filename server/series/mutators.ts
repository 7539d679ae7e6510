import { can } from '../../shared/capabilities/capabilities';
import { issuesFromZod } from '../../shared/errors/errors';
import { expandSeries, seriesDates } from '../../shared/series/expand';
import { seriesIssues } from '../../shared/series/rules';
import { type PlannedSeries, type Series, seriesMutableFields, seriesSchema } from '../../shared/series/schema';
import { addDays } from '../../shared/time/dates';
import { threeWayMerge } from '../../shared/sync/merge';
import type { MutationArgs } from '../../shared/sync/protocol';
import { assertExists, assertSiteIn, type MutationContext, type Outcome, Rejection } from '../sync/mutation-context';
import { insertRow, updateRow } from '../sync/row-writes';
import { toSeries } from './fields';
import { cancelAfter, writeOccurrences } from './occurrences';
import { checkOnServer } from './occurrence-checks';
import { loadSeriesCalendar } from './series-calendar';

/** Refuses a series that breaks the shared rules (no end, over five years: `series_end`) naming the field. */
function checkRules(s: Series, reply: Series | null): asserts s is Series & PlannedSeries {
  const parsed = seriesSchema.safeParse(s);
  if (!parsed.success) throw new Rejection('validation_failed', 'Invalid series', reply, issuesFromZod(parsed.error));
  const [first] = seriesIssues(s);
  if (first) throw new Rejection(first.code, first.message, reply, [first]);
}

/** A planner's new series: checked, expanded with the server's holidays, closure days and absences. */
export async function createSeries(ctx: MutationContext, args: MutationArgs<'series.create'>): Promise<Outcome> {
  if (!can(ctx.user, 'assignments.plan')) throw new Rejection('forbidden', 'You may not plan assignments');
  if (await ctx.rows.find('assignmentSeries', args.id)) throw new Rejection('id_taken', 'This series exists already');
  const draft: Series = Object.assign({}, args, { rev: 0, updatedAt: ctx.now.toISOString(), skipped: [] });
  checkRules(draft, null);
  await assertExists(ctx, 'municipalities', draft.municipalityId);
  await assertExists(ctx, 'serviceTypes', draft.serviceTypeId);
  await assertSiteIn(ctx, draft.siteId, draft.municipalityId);
  if (!(await ctx.rows.live('people', draft.personId))) throw new Rejection('unknown_reference', 'Unknown person');
  const calendar = await loadSeriesCalendar(ctx.trx, {
    associationId: ctx.user.associationId,
    municipalityId: draft.municipalityId,
    personId: draft.personId,
    from: draft.startDate,
    to: draft.endDate,
  });
  const expansion = await checkOnServer(ctx, draft, expandSeries(draft, calendar));
  const row: Series = { ...draft, skipped: expansion.skipped };
  await writeOccurrences(ctx, row as Series & PlannedSeries, expansion);
  const rev = await insertRow(ctx, 'assignmentSeries', row, { createdAt: ctx.now.toISOString() });
  return { status: 'applied', row: { ...row, rev } };
}

/**
 * A series changes only its task or ends earlier ("this and all following": the device sends a new series
 * from that day in the same push); the occurrences after the new end are cancelled. Two planners changing
 * the same field meet a conflict under the association's write lock.
 */
export async function updateSeries(ctx: MutationContext, args: MutationArgs<'series.update'>): Promise<Outcome> {
  if (!can(ctx.user, 'assignments.plan')) throw new Rejection('forbidden', 'You may not plan assignments');
  const found = await ctx.rows.live('assignmentSeries', args.id);
  if (!found) throw new Rejection('not_found', 'Series not found');
  const row = toSeries(found);
  const fixed = Object.keys(args.changes).filter((f) => !(seriesMutableFields as readonly string[]).includes(f));
  if (fixed.length > 0)
    throw new Rejection('series_fixed', `A series keeps its ${fixed.join(', ')}; split it instead`, row, [
      { path: fixed[0]!, code: 'series_fixed', message: 'Split the series to change this' },
    ]);
  const { merged, conflicts, changedFields } = threeWayMerge(row, args.base, args.changes);
  if (conflicts.length > 0)
    return {
      status: 'conflict',
      code: 'edited_elsewhere',
      message: 'Changed elsewhere meanwhile',
      fields: conflicts,
      row,
    };
  const status = row.rev === args.baseRev ? 'applied' : 'merged';
  if (changedFields.length === 0) return { status, row };
  checkRules(merged, row);
  const oldEnd = row.endDate ?? merged.endDate;
  if (merged.endDate > oldEnd)
    throw new Rejection('series_end', 'A series ends earlier or stays; a new series plans further', row, [
      { path: 'endDate', code: 'series_end', message: 'Make a new series to plan further' },
    ]);
  if (merged.endDate < oldEnd)
    await cancelAfter(ctx, row, seriesDates({ ...row, endDate: oldEnd }, addDays(merged.endDate, 1)));
  const next: Series = {
    ...merged,
    skipped: merged.skipped.filter((d) => d.date <= merged.endDate),
  };
  const written = await updateRow(ctx, 'assignmentSeries', row, next);
  return { status, row: { ...next, ...written } };
}
