import type { Assignment } from '../../shared/assignments/schema';
import { newId } from '../../shared/ids/ids';
import type { NotificationKind, NotificationParams } from '../../shared/notifications/schema';
import type { MutationContext } from '../sync/mutation-context';
import { insertRow } from '../sync/row-writes';

/**
 * Leaves a notification for a person in the writing transaction (so a rolled-back change leaves none);
 * Web Push goes out after the commit (push-sender.ts). Nobody is told of their own act.
 */
export async function notify(
  ctx: MutationContext,
  personId: string,
  kind: NotificationKind,
  params: NotificationParams,
): Promise<void> {
  if (personId === ctx.user.id) return;
  const createdAt = ctx.now.toISOString();
  const row = { id: newId(), personId, kind, params, createdAt, readAt: null };
  await insertRow(ctx, 'notifications', row, { createdAt, pushedAt: null });
}

/** Where and when an assignment is, as notification parameters (times shown in the association's zone). */
export async function assignmentParams(
  ctx: MutationContext,
  a: Pick<Assignment, 'id' | 'municipalityId' | 'plannedStart' | 'plannedEnd'>,
): Promise<NotificationParams> {
  const municipality = await ctx.rows.find('municipalities', a.municipalityId);
  return {
    assignmentId: a.id,
    start: a.plannedStart,
    end: a.plannedEnd,
    timeZone: ctx.user.timeZone,
    place: typeof municipality?.name === 'string' ? municipality.name : '',
  };
}

const movedFields = ['plannedStart', 'plannedEnd', 'municipalityId', 'siteId'] as const;

/**
 * Tells the people an assignment change concerns: the new worker (assigned), the previous one when it went
 * to someone else or was cancelled, the worker when its time or place moved. A worker's own status edits
 * tell nobody.
 */
export async function notifyAssignmentChange(
  ctx: MutationContext,
  before: Assignment | null,
  after: Assignment,
): Promise<void> {
  const params = await assignmentParams(ctx, after);
  if (!before) {
    if (after.status !== 'cancelled') await notify(ctx, after.personId, 'assignment.assigned', params);
    return;
  }
  if (before.personId !== after.personId) {
    if (before.status !== 'cancelled')
      await notify(ctx, before.personId, 'assignment.cancelled', await assignmentParams(ctx, before));
    if (after.status !== 'cancelled') await notify(ctx, after.personId, 'assignment.assigned', params);
    return;
  }
  if (after.status === 'cancelled' && before.status !== 'cancelled') {
    await notify(ctx, after.personId, 'assignment.cancelled', params);
    return;
  }
  if (before.status === 'cancelled' && after.status !== 'cancelled') {
    await notify(ctx, after.personId, 'assignment.assigned', params);
    return;
  }
  if (after.status !== 'cancelled' && movedFields.some((f) => before[f] !== after[f]))
    await notify(ctx, after.personId, 'assignment.moved', params);
}
