import { scope } from '../sync/scope';
import { serverRecord } from '../sync/server-record';
import { updateAssociationSettings } from './association-settings';
import { associationSettingsFields, municipalityFields, personFields, serviceTypeFields, siteFields } from './fields';
import { municipalityWrites, serviceTypeWrites, siteWrites } from './mutators';

// Everyone in the association needs the master data offline (forms, names on cards); administrators change it.
export const associationSettingsServerRecord = serverRecord({
  table: 'associationSettings',
  fields: associationSettingsFields,
  read: scope.association,
  mutators: { 'associationSettings.update': updateAssociationSettings },
});
export const municipalityServerRecord = serverRecord({
  table: 'municipalities',
  fields: municipalityFields,
  read: scope.association,
  mutators: {
    'municipality.create': municipalityWrites.create,
    'municipality.update': municipalityWrites.update,
    'municipality.delete': municipalityWrites.delete,
  },
});
export const siteServerRecord = serverRecord({
  table: 'sites',
  fields: siteFields,
  read: scope.association,
  references: { municipalityId: 'municipalities' },
  mutators: { 'site.create': siteWrites.create, 'site.update': siteWrites.update, 'site.delete': siteWrites.delete },
});
export const serviceTypeServerRecord = serverRecord({
  table: 'serviceTypes',
  fields: serviceTypeFields,
  read: scope.association,
  mutators: {
    'serviceType.create': serviceTypeWrites.create,
    'serviceType.update': serviceTypeWrites.update,
    'serviceType.delete': serviceTypeWrites.delete,
  },
});
export const personServerRecord = serverRecord({
  table: 'people',
  fields: personFields,
  read: scope.association,
  mutators: {},
});
