import { defineRecord } from '../sync/record';
import { closureDayEditableFields, closureDaySchema } from './schema';

// Administrators (`association.manage`) keep the closure days like other master data; everyone reads them.
export const closureDayRecord = defineRecord({
  table: 'closureDays',
  prefix: 'closureDay',
  row: closureDaySchema,
  editable: closureDayEditableFields,
  ops: ['create', 'update', 'delete'],
});
