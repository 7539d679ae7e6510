import type { Issue } from '../../shared/errors/errors';
import { type ClosureDay, closureDaySchema } from '../../shared/holidays/schema';
import { adminWrites } from '../masterdata/admin-writes';
import type { MutationContext } from '../sync/mutation-context';
import { closureDayFields } from './fields';

/** The municipality, when one is named, must be a live one of the association (another's looks unknown). */
async function checkClosureDay(ctx: MutationContext, row: ClosureDay, changed: readonly string[]): Promise<Issue[]> {
  if (!changed.includes('municipalityId') || row.municipalityId === null) return [];
  return (await ctx.rows.live('municipalities', row.municipalityId))
    ? []
    : [{ path: 'municipalityId', code: 'unknown_reference', message: 'Unknown municipality' }];
}

// Nothing refers to a closure day: it can always go.
export const closureDayWrites = adminWrites<ClosureDay>({
  table: 'closureDays',
  fields: closureDayFields,
  row: closureDaySchema,
  check: checkClosureDay,
});
