import type { AssociationSettings } from '../../shared/masterdata/association-settings';
import { associationSettingsSchema } from '../../shared/masterdata/association-settings';
import { checkStateOfCountry } from '../../shared/masterdata/row-checks';
import type { MutationArgs } from '../../shared/sync/protocol';
import type { MutationContext, Outcome } from '../sync/mutation-context';
import { type AdminSpec, updateAdminRow } from './admin-writes';
import { associationSettingsFields } from './fields';

const spec: AdminSpec<AssociationSettings> = {
  table: 'associationSettings',
  fields: associationSettingsFields,
  row: associationSettingsSchema,
  check: async (_ctx, row) => checkStateOfCountry(row),
};

/**
 * The association's settings, changed by its administrators. Sign-in and sessions read name, time zone
 * and country from `associations`: written in the same transaction, so the two never disagree.
 */
export async function updateAssociationSettings(
  ctx: MutationContext,
  args: MutationArgs<'associationSettings.update'>,
): Promise<Outcome> {
  // The row store reads only the user's association: another association's id looks deleted.
  const { before, ...outcome } = await updateAdminRow(spec, ctx, args);
  const row = outcome.row as AssociationSettings | null;
  if (before && row && row.id === ctx.user.associationId)
    await ctx.trx
      .updateTable('associations')
      .set({ name: row.name, timeZone: row.timeZone, country: row.country })
      .where('id', '=', ctx.user.associationId)
      .execute();
  return outcome;
}
