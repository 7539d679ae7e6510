import { AppError } from '../../shared/errors/errors';
import type { OpenShift, PublishOpenShift } from '../../shared/open-shifts/schema';
import { assertExists, assertSiteIn, type MutationContext } from '../sync/mutation-context';
import { insertRow } from '../sync/row-writes';
import { eligiblePeople } from './eligible';
import { toOpenShift } from './fields';

/**
 * A coordinator publishes a shift without a person. Who may claim it is fixed now (eligible.ts); a shift
 * nobody could claim is refused, as a cover request asking for a skill nobody holds would be useless.
 * Publishing the same shift again (a retried request) answers the shift as it is.
 */
export async function publishShift(ctx: MutationContext, input: PublishOpenShift): Promise<OpenShift> {
  const existing = await ctx.rows.find('openShifts', input.id);
  if (existing) {
    if (existing.publishedBy === ctx.user.id && existing.plannedStart === input.plannedStart)
      return toOpenShift(existing);
    throw new AppError('conflict', 'An open shift with this id exists already');
  }
  await assertExists(ctx, 'municipalities', input.municipalityId);
  await assertExists(ctx, 'serviceTypes', input.serviceTypeId);
  await assertSiteIn(ctx, input.siteId, input.municipalityId);
  const eligibleIds = await eligiblePeople(ctx.trx, ctx.user.associationId, input.skills);
  if (eligibleIds.length === 0)
    throw new AppError('missing_skill', 'Nobody active holds all these skills', [
      { path: 'skills', code: 'missing_skill', message: 'Nobody active holds all these skills' },
    ]);
  const createdAt = ctx.now.toISOString();
  const shift: OpenShift = {
    ...input,
    rev: 0,
    updatedAt: createdAt,
    state: 'open',
    claimedBy: null,
    claimedAt: null,
    assignmentId: null,
    eligibleIds,
    publishedBy: ctx.user.id,
  };
  const rev = await insertRow(ctx, 'openShifts', shift, { createdAt });
  return { ...shift, rev };
}
