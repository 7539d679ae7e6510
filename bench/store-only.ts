/**
 * Bench reference, not part of the app: how long the device takes only to store what a first sync
 * brought, without network, server or parsing. It reads every synced row of `from` and writes them
 * into a fresh database `to` with the first sync's own code and page sizes (applyPullPage,
 * firstSyncPageSize), so the difference to the whole sync is what the protocol and server cost.
 */
import { type LocalDb, rowStore } from '../client/db/local-db';
import { applyPullPage } from '../client/sync/apply-pull';
import { firstSyncPageSize } from '../client/sync/engine';
import { PROTOCOL_VERSION, type PullResponse, type SyncTable, syncTables } from '../shared/sync/protocol';

export async function timeStoreOnly(from: LocalDb, to: LocalDb): Promise<number> {
  const rows: { table: SyncTable; row: { rev: number } }[] = [];
  for (const table of syncTables)
    for (const row of (await rowStore(from, table).toArray()) as { rev: number }[]) rows.push({ table, row });
  rows.sort((a, b) => a.row.rev - b.row.rev);
  const pages: PullResponse[] = [];
  for (let at = 0, i = 0; at < rows.length; i++) {
    const slice = rows.slice(at, at + firstSyncPageSize(i));
    at += slice.length;
    const upserts = Object.fromEntries(syncTables.map((t) => [t, [] as unknown[]])) as PullResponse['upserts'];
    for (const { table, row } of slice) (upserts[table] as unknown[]).push(row);
    const deletes = Object.fromEntries(syncTables.map((t) => [t, [] as string[]])) as PullResponse['deletes'];
    pages.push({
      type: 'pull-result',
      protocol: PROTOCOL_VERSION,
      cursor: slice.at(-1)!.row.rev,
      more: at < rows.length,
      scope: 'bench',
      upserts,
      deletes,
      lastMutationId: null,
      serverTime: new Date().toISOString(),
    });
  }
  await to.open();
  const start = performance.now();
  for (const page of pages) await applyPullPage(to, page);
  return performance.now() - start;
}

/** Rows a device holds across the synced tables (not IndexedDB records: time entries share them). */
export async function storedRows(db: LocalDb): Promise<number> {
  let n = 0;
  for (const table of syncTables) n += await rowStore(db, table).count();
  return n;
}
