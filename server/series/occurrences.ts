import type { CheckedExpansion } from '../../shared/series/occurrence-checks';
import { toAssignment } from '../assignments/fields';
import { toCoverRequest } from '../cover-requests/fields';
import { occurrenceId } from '../../shared/series/occurrence-id';
import type { PlannedSeries, Series } from '../../shared/series/schema';
import { type MutationContext, Rejection } from '../sync/mutation-context';
import { insertRow, updateRow } from '../sync/row-writes';

/**
 * Writes a series' occurrences in the push that makes it: an assignment per day (id from the series and the
 * date, so a second copy meets the primary key), or, on a day the person is away, an open cover request for
 * that slot instead of a silent gap. A rejection of the series leaves none of them (the push rolls back).
 */
export async function writeOccurrences(ctx: MutationContext, s: PlannedSeries & { id: string }, e: CheckedExpansion) {
  // Breaching days carry the series' reason as their override, as a single plan would (checkOnServer
  // refused the series if a breach had none).
  const breached = new Map(e.warnings.filter((w) => w.rules.length > 0).map((w) => [w.date, w.rules]));
  const ids = e.occurrences.map((o) => occurrenceId(s.id, o.date));
  await Promise.all([ctx.rows.load('assignments', ids), ctx.rows.load('coverRequests', ids)]);
  const createdAt = ctx.now.toISOString();
  const overrideOn = (date: string) => {
    const rules = breached.get(date);
    const reason = s.ruleReason?.trim();
    return rules && reason ? { reason, warnings: rules, by: ctx.user.id, at: createdAt } : null;
  };
  for (const [i, o] of e.occurrences.entries()) {
    const id = ids[i]!;
    if ((await ctx.rows.find('assignments', id)) || (await ctx.rows.find('coverRequests', id)))
      throw new Rejection('id_taken', 'The series was expanded already', null);
    const place = { municipalityId: s.municipalityId, siteId: s.siteId, serviceTypeId: s.serviceTypeId };
    if (o.absenceId === null) {
      const assignment = {
        id,
        ...place,
        personId: s.personId,
        plannedStart: o.plannedStart,
        plannedEnd: o.plannedEnd,
        task: s.task,
        status: 'planned',
        workerNotes: '',
        ruleOverride: overrideOn(o.date),
        seriesId: s.id,
      };
      await insertRow(ctx, 'assignments', assignment, { createdAt });
    } else {
      const request = {
        id,
        ...place,
        skills: [],
        slots: [{ start: o.plannedStart, end: o.plannedEnd }],
        urgency: 'normal',
        note: s.task,
        state: 'open',
        coveredBy: null,
        assignmentIds: [],
        requestedBy: ctx.user.id,
      };
      await insertRow(ctx, 'coverRequests', request, { createdAt });
    }
  }
}

/**
 * The occurrences after a series' new end leave the plan: planned assignments are cancelled (kept, so the
 * person's calendar hears of it), open cover requests cancelled. Started or done ones stay as they are.
 */
export async function cancelAfter(ctx: MutationContext, before: Series, dates: readonly string[]): Promise<void> {
  const ids = dates.map((d) => occurrenceId(before.id, d));
  await Promise.all([ctx.rows.load('assignments', ids), ctx.rows.load('coverRequests', ids)]);
  for (const id of ids) {
    const found = await ctx.rows.live('assignments', id);
    const a = found ? toAssignment(found) : null;
    if (a?.status === 'planned') await updateRow(ctx, 'assignments', a, { ...a, status: 'cancelled' });
    const open = await ctx.rows.live('coverRequests', id);
    const r = open ? toCoverRequest(open) : null;
    if (r?.state === 'open') await updateRow(ctx, 'coverRequests', r, { ...r, state: 'cancelled' });
  }
}
