import { scope } from '../sync/scope';
import { serverRecord } from '../sync/server-record';
import { closureDayFields } from './fields';
import { closureDayWrites } from './mutators';

// Everyone in the association plans or logs around closure days, offline too; administrators keep them.
export const closureDayServerRecord = serverRecord({
  table: 'closureDays',
  fields: closureDayFields,
  read: scope.association,
  references: { municipalityId: 'municipalities' },
  mutators: {
    'closureDay.create': closureDayWrites.create,
    'closureDay.update': closureDayWrites.update,
    'closureDay.delete': closureDayWrites.delete,
  },
});
