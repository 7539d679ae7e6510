import { plainRows, type RowPlace } from '../sync/client-record';

/** Open shifts: a few a week, one Dexie record each. */
export const openShiftRows: RowPlace<'openShifts'> = plainRows((db) => db.openShifts);
