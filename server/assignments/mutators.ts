import { assignmentRecord } from '../../shared/assignments/record';
import { type Assignment, assignmentSchema, workerStatusMoves } from '../../shared/assignments/schema';
import { mayWorkOn } from '../../shared/capabilities/assignment-rights';
import { can } from '../../shared/capabilities/capabilities';
import { issuesFromZod } from '../../shared/errors/errors';
import { threeWayMerge } from '../../shared/sync/merge';
import type { MutationArgs } from '../../shared/sync/protocol';
import { toAssignment } from './fields';
import { assertExists, assertSiteIn, type MutationContext, type Outcome, Rejection } from '../sync/mutation-context';
import { updateRow } from '../sync/row-writes';

/** Which fields this user may change on this assignment, by the definition's owners: planners all, the worker hers. */
function allowedFields(ctx: MutationContext, row: Assignment): readonly string[] {
  if (can(ctx.user, 'assignments.plan')) return Object.keys(assignmentRecord.editable);
  if (mayWorkOn(ctx.user, row)) return assignmentRecord.owners.worker;
  return [];
}

export async function updateAssignment(
  ctx: MutationContext,
  args: MutationArgs<'assignment.update'>,
): Promise<Outcome> {
  const { user } = ctx;
  const found = await ctx.rows.live('assignments', args.id);
  if (!found) throw new Rejection('not_found', 'Assignment not found');
  const row = toAssignment(found);
  const allowed = allowedFields(ctx, row);
  if (allowed.length === 0) throw new Rejection('forbidden', 'Not your assignment');
  const denied = Object.keys(args.changes).filter((f) => !allowed.includes(f));
  if (denied.length > 0) throw new Rejection('forbidden', `You may not change ${denied.join(', ')}`, row);

  const { merged, conflicts, changedFields } = threeWayMerge(row, args.base, args.changes);
  if (conflicts.length > 0) {
    return {
      status: 'conflict',
      code: 'edited_elsewhere',
      message: 'Changed elsewhere meanwhile',
      fields: conflicts.map(String),
      row,
    };
  }
  const status = row.rev === args.baseRev ? 'applied' : 'merged';
  if (changedFields.length === 0) return { status, row };

  if (
    changedFields.includes('status') &&
    !can(user, 'assignments.plan') &&
    !workerStatusMoves[row.status].includes(merged.status)
  ) {
    throw new Rejection('invalid_status_change', `Cannot go from ${row.status} to ${merged.status}`, row);
  }
  const parsed = assignmentSchema.safeParse(merged);
  if (!parsed.success) throw new Rejection('validation_failed', 'Invalid assignment', row, issuesFromZod(parsed.error));
  if (Date.parse(merged.plannedEnd) <= Date.parse(merged.plannedStart))
    throw new Rejection('end_before_start', 'Planned end must be after start', row);
  for (const [field, table] of [
    ['municipalityId', 'municipalities'],
    ['serviceTypeId', 'serviceTypes'],
  ] as const) {
    if (changedFields.includes(field)) await assertExists(ctx, table, merged[field]);
  }
  if (changedFields.includes('siteId') || changedFields.includes('municipalityId'))
    await assertSiteIn(ctx, merged.siteId, merged.municipalityId);
  if (changedFields.includes('personId')) {
    if (!(await ctx.rows.live('people', merged.personId))) throw new Rejection('unknown_reference', 'Unknown person');
  }

  // A moved assignment's previous worker is revoked by the write path (row-writes.ts).
  const written = await updateRow(ctx, 'assignments', row, merged);
  return { status, row: { ...merged, ...written } };
}
