import { plainRows, type RowPlace } from '../sync/client-record';

// Master data reaches devices read-only: one Dexie record per row.
export const municipalityRows: RowPlace<'municipalities'> = plainRows((db) => db.municipalities);
export const siteRows: RowPlace<'sites'> = plainRows((db) => db.sites);
export const serviceTypeRows: RowPlace<'serviceTypes'> = plainRows((db) => db.serviceTypes);
export const personRows: RowPlace<'people'> = plainRows((db) => db.people);
