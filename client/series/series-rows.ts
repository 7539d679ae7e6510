import { plainRows, type RowPlace } from '../sync/client-record';

// A few per planner: one Dexie record per row.
export const seriesRows: RowPlace<'assignmentSeries'> = plainRows((db) => db.assignmentSeries);
