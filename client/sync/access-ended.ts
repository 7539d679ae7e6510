import { syncTables } from '../../shared/sync/protocol-constants';
import { type LocalDb, rowStore } from '../db/local-db';

/**
 * The person's access ended (deactivated, left the association): the association's data leaves
 * this device. Unsent changes cannot be delivered any more; they are parked with their data so
 * the person can see, copy or hand them on, never silently dropped.
 */
export async function removeDataAfterAccessEnded(db: LocalDb): Promise<void> {
  await db.transaction(
    'rw',
    [...db.syncedTables, db.publicHolidays, db.outbox, db.attention, db.conflicts, db.meta],
    async () => {
      const at = new Date().toISOString();
      for (const entry of await db.outbox.toArray()) {
        const row = (await rowStore(db, entry.table).get(entry.rowId)) as Record<string, unknown> | undefined;
        await db.attention.put({
          rowId: entry.rowId,
          table: entry.table,
          reason: 'access_ended',
          row: row ?? (entry.args as Record<string, unknown>),
          at,
        });
      }
      await db.outbox.clear();
      await db.conflicts.clear();
      for (const table of syncTables) await rowStore(db, table).clear();
      await db.publicHolidays.clear();
      await db.meta.bulkDelete(['cursor', 'scope', 'holidays']);
      // The tables are empty: no row is newer than anything.
      await db.meta.put({ key: 'maxRowRev', value: 0 });
    },
  );
}
