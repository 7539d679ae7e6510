import { plainRows, type RowPlace } from '../sync/client-record';

// Master data: one Dexie record per row (tens of rows per association).
export const municipalityRows: RowPlace<'municipalities'> = plainRows((db) => db.municipalities);
export const siteRows: RowPlace<'sites'> = plainRows((db) => db.sites);
export const serviceTypeRows: RowPlace<'serviceTypes'> = plainRows((db) => db.serviceTypes);
export const personRows: RowPlace<'people'> = plainRows((db) => db.people);
export const associationSettingsRows: RowPlace<'associationSettings'> = plainRows((db) => db.associationSettings);
