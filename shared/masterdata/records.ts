import { defineRecord } from '../sync/record';
import { municipalitySchema, personSchema, serviceTypeSchema, siteSchema } from './schemas';

// Master data reaches devices read-only; the administration issue adds their mutations.
export const municipalityRecord = defineRecord({
  table: 'municipalities',
  prefix: 'municipality',
  row: municipalitySchema,
  editable: {},
  ops: [],
});
export const siteRecord = defineRecord({ table: 'sites', prefix: 'site', row: siteSchema, editable: {}, ops: [] });
export const serviceTypeRecord = defineRecord({
  table: 'serviceTypes',
  prefix: 'serviceType',
  row: serviceTypeSchema,
  editable: {},
  ops: [],
});
export const personRecord = defineRecord({
  table: 'people',
  prefix: 'person',
  row: personSchema,
  editable: {},
  ops: [],
});
