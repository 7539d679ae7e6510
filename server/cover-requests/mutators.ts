import { coverRequestRecord } from '../../shared/cover-requests/record';
import { type CoverRequest, requestFields } from '../../shared/cover-requests/schema';
import { type CoverActor, mayMove } from '../../shared/cover-requests/states';
import { threeWayMerge } from '../../shared/sync/merge';
import type { MutationArgs } from '../../shared/sync/protocol';
import { type MutationContext, type Outcome, Rejection } from '../sync/mutation-context';
import { insertRow, updateRow } from '../sync/row-writes';
import { actorFor, validate } from './checks';
import { toCoverRequest } from './fields';
import { createCoverAssignments, lateFill, notifyFill } from './fill';

const allFields = Object.keys(coverRequestRecord.editable);

export async function createCoverRequest(
  ctx: MutationContext,
  args: MutationArgs<'coverRequest.create'>,
): Promise<Outcome> {
  await actorFor(ctx, args.municipalityId);
  const existing = await ctx.rows.find('coverRequests', args.id);
  if (existing) throw new Rejection('id_taken', 'A request with this id exists already');
  if (args.state !== 'open')
    throw new Rejection('invalid_state_change', 'A new request is open', null, [
      { path: 'state', code: 'invalid_state_change', message: 'A new request is open' },
    ]);
  const stamp = ctx.now.toISOString();
  const draft: CoverRequest = Object.assign({}, args, { requestedBy: ctx.user.id, rev: 0, updatedAt: stamp });
  await validate(ctx, draft, allFields);
  const rev = await insertRow(ctx, 'coverRequests', draft, { createdAt: stamp });
  return { status: 'applied', row: { ...draft, rev } };
}

/** Refuses what this actor may not do to the request: describe it once it is no longer open, or move its state. */
function checkRights(actor: CoverActor, row: CoverRequest, merged: CoverRequest, changed: readonly string[]): void {
  const described = changed.filter((f) => (requestFields as readonly string[]).includes(f));
  if (described.length > 0 && row.state !== 'open')
    throw new Rejection('request_closed', `A request that is ${row.state} cannot be changed`, row, [
      { path: described[0]!, code: 'request_closed', message: 'The request is no longer open' },
    ]);
  if (merged.state !== row.state && !mayMove(row.state, merged.state, actor))
    throw new Rejection('invalid_state_change', `Cannot go from ${row.state} to ${merged.state}`, row, [
      { path: 'state', code: 'invalid_state_change', message: `Cannot go from ${row.state} to ${merged.state}` },
    ]);
  // Who covers it changes only with the fill (a planner's move), which creates the assignments too.
  const filling = row.state === 'open' && merged.state === 'assigned';
  const covering = changed.filter((f) => f === 'coveredBy' || f === 'assignmentIds');
  if (covering.length > 0 && !filling)
    throw new Rejection('not_a_fill', 'Who covers a request is set by filling it', row, [
      { path: covering[0]!, code: 'not_a_fill', message: 'Only a fill sets who covers the request' },
    ]);
}

export async function updateCoverRequest(
  ctx: MutationContext,
  args: MutationArgs<'coverRequest.update'>,
): Promise<Outcome> {
  const found = await ctx.rows.live('coverRequests', args.id);
  if (!found) throw new Rejection('not_found', 'Cover request not found');
  const row = toCoverRequest(found);
  const actor = await actorFor(ctx, row.municipalityId);
  // Two planners filling at once: the push that comes second (the write lock orders them) finds it covered.
  if (args.changes.state === 'assigned') {
    const late = await lateFill(ctx, row, args.changes.coveredBy, args.changes.assignmentIds);
    if (late) throw late;
  }
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
  const changed = changedFields.map(String);
  checkRights(actor, row, merged, changed);
  // Moving the request to another municipality stays within the requester's own.
  if (changed.includes('municipalityId')) await actorFor(ctx, merged.municipalityId);
  await validate(ctx, merged, changed);
  const filled = row.state === 'open' && merged.state === 'assigned';
  if (filled) await createCoverAssignments(ctx, merged, row);
  const written = await updateRow(ctx, 'coverRequests', row, merged);
  if (filled) await notifyFill(ctx, merged);
  return { status, row: { ...merged, ...written } };
}
