import type { RowPlace } from '../sync/client-record';

/** Time entries live many to a record (EntryStore), in the `entryChunks` table. */
export const entryRows: RowPlace<'timeEntries'> = {
  rows: (db) => db.timeEntries,
  records: (db) => db.entryChunks,
  ids: (db) => db.timeEntries.ids(),
};
