import type { MunicipalitiesTable, PeopleTable, ServiceTypesTable, SitesTable } from '../db/schema';
import type { FieldMap } from '../sync/field-map';
import { scope } from '../sync/scope';
import { serverRecord } from '../sync/server-record';

const synced = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
] as const;

const municipalityFields: FieldMap<MunicipalitiesTable> = [
  ...synced,
  ['name', 'name', 'text'],
  ['country', 'country', 'text'],
];
const siteFields: FieldMap<SitesTable> = [
  ...synced,
  ['municipalityId', 'municipalityId', 'text'],
  ['name', 'name', 'text'],
  ['kind', 'kind', 'text'],
  ['street', 'street', 'text'],
  ['postalCode', 'postalCode', 'text'],
  ['city', 'city', 'text'],
];
const serviceTypeFields: FieldMap<ServiceTypesTable> = [
  ...synced,
  ['code', 'code', 'text'],
  ['name', 'name', 'text'],
  ['hourlyRateCents', 'hourlyRateCents', 'int'],
];
// No e-mail and no password data: colleagues see each other's names, roles and skills only.
const personFields: FieldMap<PeopleTable> = [
  ...synced,
  ['displayName', 'displayName', 'text'],
  ['roles', 'roles', 'json'],
  ['skills', 'skills', 'json'],
  ['active', 'active', 'bool'],
];

// Everyone in the association needs the master data offline (forms, names on cards).
export const municipalityServerRecord = serverRecord({
  table: 'municipalities',
  fields: municipalityFields,
  read: scope.association,
  mutators: {},
});
export const siteServerRecord = serverRecord({
  table: 'sites',
  fields: siteFields,
  read: scope.association,
  mutators: {},
});
export const serviceTypeServerRecord = serverRecord({
  table: 'serviceTypes',
  fields: serviceTypeFields,
  read: scope.association,
  mutators: {},
});
export const personServerRecord = serverRecord({
  table: 'people',
  fields: personFields,
  read: scope.association,
  mutators: {},
});
