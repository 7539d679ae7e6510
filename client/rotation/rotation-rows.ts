import { plainRows, type RowPlace } from '../sync/client-record';

// A handful per apprentice: one Dexie record per row.
export const stationRows: RowPlace<'rotationStations'> = plainRows((db) => db.rotationStations);
export const planRows: RowPlace<'rotationPlans'> = plainRows((db) => db.rotationPlans);
