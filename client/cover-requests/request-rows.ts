import { plainRows, type RowPlace } from '../sync/client-record';

/** Cover requests live one Dexie record each. */
export const coverRequestRows: RowPlace<'coverRequests'> = plainRows((db) => db.coverRequests);
