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
  // Two devices marking it read at different times is no conflict: the first reading stands.
  const wanted = args.changes.readAt;
  const status = row.rev === args.baseRev ? 'applied' : 'merged';
  if (wanted === undefined || (wanted !== null && row.readAt !== null) || wanted === row.readAt)
    return { status, row };
  const merged = { ...row, readAt: wanted };
  const written = await updateRow(ctx, 'notifications', row, merged);
  return { status, row: { ...merged, ...written } };
}
