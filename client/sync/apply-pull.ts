import type { PullResponse, SyncTable } from '../../shared/sync/protocol';
import { syncTables } from '../../shared/sync/protocol-constants';
import { getMeta, type LocalDb, type OutboxEntry, type RowStore, recordsOf, rowStore, setMeta } from '../db/local-db';
import { rebase } from './rebase';

function pendingByRow(outbox: OutboxEntry[]): Map<string, OutboxEntry[]> {
  const map = new Map<string, OutboxEntry[]>();
  for (const e of outbox) map.set(e.rowId, [...(map.get(e.rowId) ?? []), e]);
  return map;
}

/** Reads at most one record; a count() may walk the whole store. */
const hasRows = async (db: LocalDb, table: SyncTable): Promise<boolean> =>
  (await recordsOf(db, table).limit(1).primaryKeys()).length > 0;

/**
 * Applies one pull page and its cursor in one transaction: a crash leaves either both or
 * neither. Rows with unsent local edits are rebased, never overwritten or dropped.
 */
export async function applyPullPage(db: LocalDb, page: PullResponse): Promise<void> {
  await db.transaction('rw', [...db.syncedTables, db.outbox, db.attention, db.meta], async () => {
    const pending = pendingByRow(await db.outbox.toArray());
    const now = new Date().toISOString();
    // Two overlapping pulls (tabs, a slow page) or a push answer must not move a row back to an older
    // version. No local row is newer than maxRowRev, so only incoming rows below it need their local
    // version read; on a first sync none are, and reading every incoming id back would find nothing.
    // Nothing else can write these tables until this transaction commits, so the bound is exact.
    let maxRowRev = await getMeta<number | null>(db, 'maxRowRev', null);
    if (maxRowRev === null && !(await anyRows(db))) maxRowRev = 0;
    for (const table of syncTables) {
      const t: RowStore = rowStore(db, table);
      const incoming = page.upserts[table] as { id: string; rev: number }[];
      const suspects = maxRowRev === null ? incoming : incoming.filter((r) => r.rev < maxRowRev!);
      const known =
        suspects.length > 0 && (await hasRows(db, table))
          ? ((await t.bulkGet(suspects.map((r) => r.id))) as ({ id: string; rev: number } | undefined)[])
          : [];
      const knownRev = new Map<string, number>();
      for (const k of known) if (k) knownRev.set(k.id, k.rev);
      const upserts = knownRev.size === 0 ? incoming : incoming.filter((r) => (knownRev.get(r.id) ?? -1) <= r.rev);
      const plain = pending.size === 0 ? upserts : upserts.filter((r) => !pending.has(r.id));
      // Written together: time entries share records, and a row at a time would rewrite a chunk per row.
      const writes: object[] = [...plain];
      const goneLocally: string[] = [];
      if (pending.size > 0) {
        for (const row of upserts.filter((r) => pending.has(r.id))) {
          const local = rebase(row, pending.get(row.id)!);
          if (local) writes.push(local);
          else goneLocally.push(row.id);
        }
      }
      if (writes.length > 0) await t.bulkPut(writes);
      if (goneLocally.length > 0) await t.bulkDelete(goneLocally);
      const deletes = page.deletes[table];
      const plainDeletes = deletes.filter((id) => !pending.has(id));
      if (plainDeletes.length > 0) await t.bulkDelete(plainDeletes);
      for (const id of deletes.filter((d) => pending.has(d))) {
        // Unsent edits to a row that left this device's scope: park it, visibly.
        // The copy stays with the person; the row itself leaves the device's scope now, and the
        // queued edits still go out and come back with the server's reason.
        const row = (await t.get(id)) as Record<string, unknown> | undefined;
        await db.attention.put({ rowId: id, table, reason: 'removed_on_server', row: row ?? null, at: now });
        await t.delete(id);
      }
      if (maxRowRev !== null) for (const r of upserts) if (r.rev > maxRowRev) maxRowRev = r.rev;
    }
    if (maxRowRev !== null) await setMeta(db, 'maxRowRev', maxRowRev);
    await setMeta(db, 'cursor', Math.max(page.cursor, await getMeta<number>(db, 'cursor', 0)));
    await setMeta(db, 'lastServerTime', page.serverTime);
  });
}

async function anyRows(db: LocalDb): Promise<boolean> {
  for (const table of syncTables) if (await hasRows(db, table)) return true;
  return false;
}
