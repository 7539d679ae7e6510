import { plainRows, type RowPlace } from '../sync/client-record';

/** Assignments live one Dexie record each. */
export const assignmentRows: RowPlace<'assignments'> = plainRows((db) => db.assignments);
