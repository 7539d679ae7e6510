import { defineRecord } from '../sync/record';
import { associationSettingsEditableFields, associationSettingsSchema } from './association-settings';
import {
  municipalityEditableFields,
  municipalitySchema,
  personSchema,
  serviceTypeEditableFields,
  serviceTypeSchema,
  siteEditableFields,
  siteSchema,
} from './schemas';

// Administrators (`association.manage`) change master data through ordinary synced mutations, so two
// of them editing one row meet the same three-way merge and conflicts as time entries.
export const associationSettingsRecord = defineRecord({
  table: 'associationSettings',
  prefix: 'associationSettings',
  row: associationSettingsSchema,
  editable: associationSettingsEditableFields,
  // The row comes with the association and goes with it: there is nothing to create or delete.
  ops: ['update'],
});
export const municipalityRecord = defineRecord({
  table: 'municipalities',
  prefix: 'municipality',
  row: municipalitySchema,
  editable: municipalityEditableFields,
  ops: ['create', 'update', 'delete'],
});
export const siteRecord = defineRecord({
  table: 'sites',
  prefix: 'site',
  row: siteSchema,
  editable: siteEditableFields,
  ops: ['create', 'update', 'delete'],
});
export const serviceTypeRecord = defineRecord({
  table: 'serviceTypes',
  prefix: 'serviceType',
  row: serviceTypeSchema,
  editable: serviceTypeEditableFields,
  ops: ['create', 'update', 'delete'],
});
// People are administered elsewhere (issue 15, people); here they stay read-only.
export const personRecord = defineRecord({
  table: 'people',
  prefix: 'person',
  row: personSchema,
  editable: {},
  ops: [],
});
