import { can } from '../../shared/capabilities/capabilities';
import type { RotationPlan } from '../../shared/rotation/schema';
import type { MutationArgs } from '../../shared/sync/protocol';
import { refuse } from '../masterdata/admin-writes';
import { mergeEdit } from '../sync/merge-edit';
import { type MutationContext, type Outcome, Rejection } from '../sync/mutation-context';
import { insertRow, updateRow } from '../sync/row-writes';
import { toPlan } from './fields';

const mayPlan = (ctx: MutationContext) => {
  if (!can(ctx.user, 'assignments.plan')) throw new Rejection('forbidden', 'You may not plan rotations');
};

/** One plan per apprentice: a second is refused at `apprenticeId` (the push's lock and a unique index hold it). */
export async function createPlan(ctx: MutationContext, args: MutationArgs<'rotationPlan.create'>): Promise<Outcome> {
  mayPlan(ctx);
  const elsewhere = await ctx.trx.selectFrom('rotationPlans').select('id').where('id', '=', args.id).executeTakeFirst();
  if (elsewhere || (await ctx.rows.find('rotationPlans', args.id)))
    throw new Rejection('id_taken', 'A plan with this id exists already');
  const person = await ctx.rows.live('people', args.apprenticeId);
  if (!person) refuse([{ path: 'apprenticeId', code: 'unknown_reference', message: 'Unknown person' }]);
  const written = ctx.rows
    .writes()
    .rows.some((w) => w.table === 'rotationPlans' && w.row.apprenticeId === args.apprenticeId);
  const stored = await ctx.trx
    .selectFrom('rotationPlans')
    .select('id')
    .where('associationId', '=', ctx.user.associationId)
    .where('apprenticeId', '=', args.apprenticeId)
    .executeTakeFirst();
  if (written || stored)
    refuse([{ path: 'apprenticeId', code: 'plan_exists', message: 'This apprentice has a plan already' }]);
  const stamp = ctx.now.toISOString();
  const draft: RotationPlan = Object.assign({}, args, { rev: 0, updatedAt: stamp });
  const rev = await insertRow(ctx, 'rotationPlans', draft, { createdAt: stamp });
  return { status: 'applied', row: { ...draft, rev } };
}

export async function updatePlan(ctx: MutationContext, args: MutationArgs<'rotationPlan.update'>): Promise<Outcome> {
  mayPlan(ctx);
  const found = await ctx.rows.live('rotationPlans', args.id);
  if (!found) throw new Rejection('not_found', 'Plan not found');
  const row = toPlan(found);
  const edit = mergeEdit(row, args);
  if (edit.done) return edit.done;
  const { merged, status } = edit;
  if (merged.apprenticeId !== row.apprenticeId)
    refuse([{ path: 'apprenticeId', code: 'apprentice_fixed', message: 'A plan stays with its apprentice' }], row);
  const written = await updateRow(ctx, 'rotationPlans', row, merged);
  return { status, row: { ...merged, ...written } };
}
