import { plainRows, type RowPlace } from '../sync/client-record';

// Administrators only; a few thousand at most: one Dexie record per row.
export const personProfileRows: RowPlace<'personProfiles'> = plainRows((db) => db.personProfiles);
