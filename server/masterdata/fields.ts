import type {
  AssociationSettingsTable,
  MunicipalitiesTable,
  PeopleTable,
  ServiceTypesTable,
  SitesTable,
} from '../db/schema';
import type { FieldMap } from '../sync/field-map';

const synced = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
] as const;

export const associationSettingsFields: FieldMap<AssociationSettingsTable> = [
  ...synced,
  ['name', 'name', 'text'],
  ['country', 'country', 'text'],
  ['state', 'state', 'text'],
  ['timeZone', 'timeZone', 'text'],
  ['lawPack', 'lawPack', 'text'],
  ['approvalPeriod', 'approvalPeriod', 'text'],
  ['accessibilityContact', 'accessibilityContact', 'text'],
];
export const municipalityFields: FieldMap<MunicipalitiesTable> = [
  ...synced,
  ['name', 'name', 'text'],
  ['country', 'country', 'text'],
  ['state', 'state', 'text'],
  ['street', 'street', 'text'],
  ['postalCode', 'postalCode', 'text'],
  ['city', 'city', 'text'],
  ['costCentre', 'costCentre', 'text'],
  ['contactName', 'contactName', 'text'],
  ['contactEmail', 'contactEmail', 'text'],
  ['contactPhone', 'contactPhone', 'text'],
];
export const siteFields: FieldMap<SitesTable> = [
  ...synced,
  ['municipalityId', 'municipalityId', 'text'],
  ['name', 'name', 'text'],
  ['kind', 'kind', 'text'],
  ['street', 'street', 'text'],
  ['postalCode', 'postalCode', 'text'],
  ['city', 'city', 'text'],
  ['latitude', 'latitude', 'real'],
  ['longitude', 'longitude', 'real'],
];
export const serviceTypeFields: FieldMap<ServiceTypesTable> = [
  ...synced,
  ['code', 'code', 'text'],
  ['name', 'name', 'text'],
  ['hourlyRateCents', 'hourlyRateCents', 'int'],
  ['billingUnit', 'billingUnit', 'text'],
];
// No e-mail and no password data: colleagues see each other's names, roles and skills only.
export const personFields: FieldMap<PeopleTable> = [
  ...synced,
  ['displayName', 'displayName', 'text'],
  ['roles', 'roles', 'json'],
  ['skills', 'skills', 'json'],
  ['active', 'active', 'bool'],
];
