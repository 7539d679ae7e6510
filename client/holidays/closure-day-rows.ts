import { plainRows, type RowPlace } from '../sync/client-record';

// A handful per year: one Dexie record per row.
export const closureDayRows: RowPlace<'closureDays'> = plainRows((db) => db.closureDays);
