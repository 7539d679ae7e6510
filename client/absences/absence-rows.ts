import { plainRows, type RowPlace } from '../sync/client-record';

// A few per person and year: one Dexie record per row.
export const absenceRows: RowPlace<'absences'> = plainRows((db) => db.absences);
export const absenceDetailRows: RowPlace<'absenceDetails'> = plainRows((db) => db.absenceDetails);
