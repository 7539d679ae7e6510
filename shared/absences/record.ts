import { defineRecord } from '../sync/record';
import { absenceDetailEditableFields, absenceDetailSchema, absenceEditableFields, absenceSchema } from './schema';

// No delete: an absence ends as declined or cancelled, so who decided stays on record.
export const absenceRecord = defineRecord({
  table: 'absences',
  prefix: 'absence',
  row: absenceSchema,
  editable: absenceEditableFields,
  ops: ['create', 'update'],
});

/** Created right after its absence, in the same push (the server refuses details of an unknown absence). */
export const absenceDetailRecord = defineRecord({
  table: 'absenceDetails',
  prefix: 'absenceDetails',
  row: absenceDetailSchema,
  editable: absenceDetailEditableFields,
  ops: ['create', 'update'],
});
