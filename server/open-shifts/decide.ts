import { AppError } from '../../shared/errors/errors';
import type { ClaimResponse, ConfirmClaim, OpenShift } from '../../shared/open-shifts/schema';
import { assignmentParams, notify } from '../notifications/notify';
import type { MutationContext } from '../sync/mutation-context';
import { insertRow, updateRow } from '../sync/row-writes';
import { assignmentOf, claimWarnings, visibleShift } from './claim';

const notPending = (s: OpenShift) =>
  new AppError('conflict', `The shift is ${s.state}, not waiting for confirmation`, [
    { path: 'state', code: 'invalid_state_change', message: s.state },
  ]);

/**
 * A coordinator confirms a pending claim: the assignment is made now, checked again (the person's week may
 * have filled meanwhile). Past working-time warnings it needs a reason, kept as the assignment's override.
 */
export async function confirmClaim(ctx: MutationContext, id: string, body: ConfirmClaim): Promise<ClaimResponse> {
  const shift = await visibleShift(ctx, id);
  if (shift.state !== 'pending' || !shift.claimedBy) throw notPending(shift);
  const base = assignmentOf(shift, shift.claimedBy, ctx.now);
  const warnings = await claimWarnings(ctx, base);
  if (warnings.length > 0 && !body.reason)
    throw new AppError(
      'validation_failed',
      'The claim breaks working-time rules: give a reason to confirm it',
      warnings.map((w) => ({ path: 'reason', code: w.rule, message: `${w.paragraph} (${w.date})` })),
    );
  const at = ctx.now.toISOString();
  const ruleOverride =
    warnings.length > 0 && body.reason
      ? { reason: body.reason, warnings: warnings.map((w) => w.rule), by: ctx.user.id, at }
      : null;
  const assignment = { ...base, ruleOverride } as typeof base;
  await insertRow(ctx, 'assignments', assignment, { createdAt: at });
  const next: OpenShift = { ...shift, state: 'taken', assignmentId: assignment.id };
  const written = await updateRow(ctx, 'openShifts', shift, next);
  await notify(ctx, shift.claimedBy, 'openShift.confirmed', await assignmentParams(ctx, assignment));
  return { shift: { ...next, ...written }, warnings };
}

/** A coordinator declines a pending claim: the shift is open again for everyone eligible. */
export async function declineClaim(ctx: MutationContext, id: string): Promise<OpenShift> {
  const shift = await visibleShift(ctx, id);
  if (shift.state !== 'pending' || !shift.claimedBy) throw notPending(shift);
  const next: OpenShift = { ...shift, state: 'open', claimedBy: null, claimedAt: null };
  const written = await updateRow(ctx, 'openShifts', shift, next);
  await notify(ctx, shift.claimedBy, 'openShift.declined', await assignmentParams(ctx, shift));
  return { ...next, ...written };
}

/** A coordinator withdraws a shift nobody holds yet (an assignment made from it is changed on the board). */
export async function withdrawShift(ctx: MutationContext, id: string): Promise<OpenShift> {
  const shift = await visibleShift(ctx, id);
  if (shift.state === 'withdrawn') return shift;
  if (shift.state === 'taken') throw notPending(shift);
  const next: OpenShift = { ...shift, state: 'withdrawn' };
  const written = await updateRow(ctx, 'openShifts', shift, next);
  if (shift.claimedBy) await notify(ctx, shift.claimedBy, 'openShift.declined', await assignmentParams(ctx, shift));
  return { ...next, ...written };
}
