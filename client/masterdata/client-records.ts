import { plainRows } from '../sync/client-record';
import type { ClientRecord } from '../sync/client-record';

// Master data reaches devices read-only: one Dexie record per row, nothing to edit or label.
export const municipalityClient: ClientRecord<'municipalities'> = { ...plainRows((db) => db.municipalities), labels: {} };
export const siteClient: ClientRecord<'sites'> = { ...plainRows((db) => db.sites), labels: {} };
export const serviceTypeClient: ClientRecord<'serviceTypes'> = { ...plainRows((db) => db.serviceTypes), labels: {} };
export const personClient: ClientRecord<'people'> = { ...plainRows((db) => db.people), labels: {} };
