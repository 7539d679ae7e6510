import { can } from '../../shared/capabilities/capabilities';
import { differingFields } from '../../shared/sync/merge';
import type { Station } from '../../shared/rotation/schema';
import type { MutationArgs } from '../../shared/sync/protocol';
import { mergeEdit } from '../sync/merge-edit';
import { type MutationContext, type Outcome, Rejection } from '../sync/mutation-context';
import { deleteRow, insertRow, updateRow } from '../sync/row-writes';
import { toStation } from './fields';
import { checkStation } from './station-checks';

/** Rotations are planned by coordinators (`assignments.plan`); apprentices and mentors only read them. */
const mayPlan = (ctx: MutationContext) => {
  if (!can(ctx.user, 'assignments.plan')) throw new Rejection('forbidden', 'You may not plan rotations');
};

export async function createStation(ctx: MutationContext, args: MutationArgs<'station.create'>): Promise<Outcome> {
  mayPlan(ctx);
  // Ids are one primary key across associations: another association's is refused like ours, unnamed.
  const elsewhere = await ctx.trx
    .selectFrom('rotationStations')
    .select('id')
    .where('id', '=', args.id)
    .executeTakeFirst();
  if (elsewhere || (await ctx.rows.find('rotationStations', args.id)))
    throw new Rejection('id_taken', 'A station with this id exists already');
  await checkStation(ctx, args);
  const stamp = ctx.now.toISOString();
  const draft: Station = Object.assign({}, args, { rev: 0, updatedAt: stamp });
  const rev = await insertRow(ctx, 'rotationStations', draft, { createdAt: stamp });
  return { status: 'applied', row: { ...draft, rev } };
}

/** Three-way merge as everywhere; the merged station is checked again as a whole. */
export async function updateStation(ctx: MutationContext, args: MutationArgs<'station.update'>): Promise<Outcome> {
  mayPlan(ctx);
  const found = await ctx.rows.live('rotationStations', args.id);
  if (!found) throw new Rejection('not_found', 'Station not found');
  const row = toStation(found);
  const edit = mergeEdit(row, args);
  if (edit.done) return edit.done;
  const { merged, status } = edit;
  await checkStation(ctx, merged, row);
  const written = await updateRow(ctx, 'rotationStations', row, merged);
  return { status, row: { ...merged, ...written } };
}

export async function deleteStation(ctx: MutationContext, args: MutationArgs<'station.delete'>): Promise<Outcome> {
  mayPlan(ctx);
  const found = await ctx.rows.live('rotationStations', args.id);
  // Removing what is already gone is the wish fulfilled.
  if (!found) return { status: 'applied', row: null };
  const row = toStation(found);
  const moved = differingFields(row, args.base);
  if (moved.length > 0)
    return {
      status: 'conflict',
      code: 'changed_before_delete',
      message: 'The station was changed elsewhere before this removal',
      fields: moved.map(String),
      row,
    };
  await deleteRow(ctx, 'rotationStations', row.id);
  return { status: 'applied', row: null };
}
