import { defineRecord } from '../sync/record';
import { personProfileEditableFields, personProfileSchema } from './schema';

/** An administrator's view of a person (id = the person's id); nobody else reads it. */
export const personProfileRecord = defineRecord({
  table: 'personProfiles',
  prefix: 'personProfile',
  row: personProfileSchema,
  editable: personProfileEditableFields,
  ops: ['create', 'update'],
});
