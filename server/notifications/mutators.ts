import { threeWayMerge } from '../../shared/sync/merge';
import type { MutationArgs } from '../../shared/sync/protocol';
import { type MutationContext, type Outcome, Rejection } from '../sync/mutation-context';
import { updateRow } from '../sync/row-writes';
import { toNotification } from './fields';

/** The recipient marks a notification read (or unread again); nobody else may touch it. */
export async function updateNotification(
  ctx: MutationContext,
  args: MutationArgs<'notification.update'>,
): Promise<Outcome> {
  const found = await ctx.rows.live('notifications', args.id);
  // Someone else's notification looks absent, as a row outside one's scope does on pull.
  if (!found || found.personId !== ctx.user.id) throw new Rejection('not_found', 'Notification not found');
  const row = toNotification(found);
  // Two devices of the recipient marking it read at different times before either synced: a conflict,
  // shown like any other (rare; the sync page's "keep mine" settles it).
  const { merged, conflicts, changedFields } = threeWayMerge(row, args.base, args.changes);
  if (conflicts.length > 0)
    return {
      status: 'conflict',
      code: 'edited_elsewhere',
      message: 'Changed elsewhere meanwhile',
      fields: ['readAt'],
      row,
    };
  const status = row.rev === args.baseRev ? 'applied' : 'merged';
  if (changedFields.length === 0) return { status, row };
  const written = await updateRow(ctx, 'notifications', row, merged);
  return { status, row: { ...merged, ...written } };
}
