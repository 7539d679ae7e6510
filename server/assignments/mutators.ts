import { assignmentRecord } from '../../shared/assignments/record';
import { type Assignment, assignmentSchema, workerStatusMoves } from '../../shared/assignments/schema';
import { mayWorkOn } from '../../shared/capabilities/assignment-rights';
import { can } from '../../shared/capabilities/capabilities';
import { issuesFromZod } from '../../shared/errors/errors';
import { threeWayMerge } from '../../shared/sync/merge';
import type { MutationArgs } from '../../shared/sync/protocol';
import { toAssignment } from './fields';
import { assertExists, assertSiteIn, type MutationContext, type Outcome, Rejection } from '../sync/mutation-context';
import { insertRow, updateRow } from '../sync/row-writes';
import { notifyAssignmentChange } from '../notifications/notify';
import { assertNotDoubleBooked } from './double-booking';
import { assertWithinWorkingTime } from './working-time';

// A change to any of these may put the person's time onto another booking.
const bookingFields = ['personId', 'plannedStart', 'plannedEnd', 'status'];

/**
 * What the server checks of every new state of an assignment: the row's schema, its times, the master data
 * it names and, when its time or person changed, that the person is not booked twice and that the plan
 * keeps the working-time rules or overrides them with a reason. `reply`: the row the device gets back with
 * a refusal (the server's version for an update, none for a create). Returns the row to write (an override
 * stamped by the server).
 */
async function checkPlan(
  ctx: MutationContext,
  a: Assignment,
  changed: readonly string[],
  reply: Assignment | null,
): Promise<Assignment> {
  const parsed = assignmentSchema.safeParse(a);
  if (!parsed.success)
    throw new Rejection('validation_failed', 'Invalid assignment', reply, issuesFromZod(parsed.error));
  if (Date.parse(a.plannedEnd) <= Date.parse(a.plannedStart))
    throw new Rejection('end_before_start', 'Planned end must be after start', reply, [
      { path: 'plannedEnd', code: 'end_before_start', message: 'Planned end must be after start' },
    ]);
  for (const [field, table] of [
    ['municipalityId', 'municipalities'],
    ['serviceTypeId', 'serviceTypes'],
  ] as const) {
    if (changed.includes(field)) await assertExists(ctx, table, a[field]);
  }
  if (changed.includes('siteId') || changed.includes('municipalityId'))
    await assertSiteIn(ctx, a.siteId, a.municipalityId);
  if (changed.includes('personId') && !(await ctx.rows.live('people', a.personId)))
    throw new Rejection('unknown_reference', 'Unknown person', reply);
  // A status change books time again only when it brings a cancelled assignment back.
  const rebooks = changed.some((f) => f !== 'status' && bookingFields.includes(f)) || reply?.status === 'cancelled';
  const books = rebooks || (reply === null && changed.includes('status'));
  if (books) await assertNotDoubleBooked(ctx, a, reply);
  return books || changed.includes('ruleOverride') ? assertWithinWorkingTime(ctx, a, changed, reply) : a;
}

/** A planner's new assignment (the planning board); its id is made on the device. */
export async function createAssignment(
  ctx: MutationContext,
  args: MutationArgs<'assignment.create'>,
): Promise<Outcome> {
  if (!can(ctx.user, 'assignments.plan')) throw new Rejection('forbidden', 'You may not plan assignments');
  const existing = await ctx.rows.find('assignments', args.id);
  if (existing) throw new Rejection('id_taken', 'An assignment with this id exists already', toAssignment(existing));
  const stamp = ctx.now.toISOString();
  const sent: Assignment = Object.assign({}, args, { rev: 0, updatedAt: stamp });
  const draft = await checkPlan(ctx, sent, Object.keys(assignmentRecord.editable), null);
  const rev = await insertRow(ctx, 'assignments', draft, { createdAt: stamp });
  await notifyAssignmentChange(ctx, null, draft);
  return { status: 'applied', row: { ...draft, rev } };
}

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
  const checked = await checkPlan(ctx, merged, changedFields.map(String), row);

  // A moved assignment's previous worker is revoked by the write path (row-writes.ts).
  const written = await updateRow(ctx, 'assignments', row, checked);
  await notifyAssignmentChange(ctx, row, checked);
  return { status, row: { ...checked, ...written } };
}
