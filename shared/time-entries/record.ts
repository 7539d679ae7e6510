import { defineRecord } from '../sync/record';
import { timeEntryEditableFields, timeEntrySchema } from './schema';

export const timeEntryRecord = defineRecord({
  table: 'timeEntries',
  prefix: 'timeEntry',
  row: timeEntrySchema,
  editable: timeEntryEditableFields,
  ops: ['create', 'update', 'delete'],
});
