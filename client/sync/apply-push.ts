import type { MutationResult } from '../../shared/sync/protocol';
import { RENEW_CLIENT_CODES } from '../../shared/sync/protocol-constants';
import { getMeta, type LocalDb, type OutboxEntry, recordsOf, rowStore, setMeta } from '../db/local-db';
import { opView, rebase } from './rebase';

const renewClientCodes: readonly string[] = RENEW_CLIENT_CODES;

/** The server did not apply it because this device's mutation ids disagree with its own: resend as a new client. */
const needsNewClient = (r: MutationResult): boolean =>
  r.status === 'rejected' && renewClientCodes.includes(r.code ?? '');

/**
 * Takes the server's answers into the local database in one transaction. Every answered
 * mutation leaves the outbox; conflicts and rejections are kept for the person to see. Returns
 * whether the device must take a new client id (see RENEW_CLIENT_CODES); those entries stay queued.
 */
export async function applyPushResults(
  db: LocalDb,
  sent: OutboxEntry[],
  results: MutationResult[],
): Promise<{ renewClient: boolean }> {
  const byId = new Map(results.map((r) => [r.mutationId, r]));
  let renewClient = false;
  const tables = [...new Set(sent.map((e) => e.table))].map((table) => recordsOf(db, table));
  await db.transaction('rw', [...tables, db.outbox, db.conflicts, db.problems, db.meta], async () => {
    const now = new Date().toISOString();
    // Server versions written here may be newer than the pull cursor: keep the bound applyPullPage relies on.
    let maxRowRev = await getMeta<number | null>(db, 'maxRowRev', null);
    const rows = await stagedRows(db, sent);
    // An entry no longer queued was answered already (another tab sent the same outbox) or parked.
    const queued = new Set((await db.outbox.bulkGet(sent.map((e) => e.id!))).flatMap((e) => (e ? [e.id!] : [])));
    for (const entry of sent) {
      const result = byId.get(entry.id!);
      if (!result || !queued.has(entry.id!)) continue; // unanswered: stays queued and is sent again
      if (needsNewClient(result)) {
        renewClient = true;
        continue;
      }
      await db.outbox.delete(entry.id!);
      const { op, args } = opView(entry);
      const table = rows.of(entry.table);
      const stillPending = await db.outbox.where('rowId').equals(entry.rowId).sortBy('id');
      const local = table.get(entry.rowId);
      const server = (result.row ?? null) as Record<string, unknown> | null;

      if (result.status === 'conflict') {
        await db.conflicts.put({
          rowId: entry.rowId,
          table: entry.table,
          code: result.code ?? 'conflict',
          fields: result.fields ?? [],
          mine: local ?? (op === 'delete' ? null : args),
          theirs: server,
          at: now,
        });
      }
      if (result.status === 'rejected') {
        await db.problems.put({
          mutationId: entry.id!,
          table: entry.table,
          rowId: entry.rowId,
          name: entry.name,
          args: entry.args,
          code: result.code ?? 'rejected',
          message: result.message ?? '',
          ...(result.details?.length ? { details: result.details } : {}),
          at: now,
        });
      }
      // The server's version is the truth; unsent later edits are replayed on top of it. But a
      // replayed answer can be older than what a pull brought since (or the pull removed the row
      // from this device): never move a row back in time or back into the device.
      const current = local !== undefined && Number(server?.rev ?? -1) >= Number(local.rev ?? 0);
      // Except my own delete that did not go through: the row is gone here only because of it.
      const undoesMyDelete = local === undefined && op === 'delete' && result.status !== 'applied';
      if (server && (current || undoesMyDelete)) {
        const next = rebase(server, stillPending);
        if (next) table.put(entry.rowId, next);
        else table.delete(entry.rowId);
        if (maxRowRev !== null && Number(server.rev) > maxRowRev) maxRowRev = Number(server.rev);
      } else if (!server && local && stillPending.length === 0 && (result.status !== 'applied' || op === 'delete')) {
        table.delete(entry.rowId);
      }
    }
    await rows.write();
    if (maxRowRev !== null) await setMeta(db, 'maxRowRev', maxRowRev);
  });
  return { renewClient };
}

type Row = Record<string, unknown>;
type Staged = { get(id: string): Row | undefined; put(id: string, row: Row): void; delete(id: string): void };

/**
 * The rows an answer touches, read at once and written back together at the end: time entries
 * share IndexedDB records (EntryStore), so writing each answered mutation's row on its own would
 * rewrite the same chunk once per mutation. Nothing else writes them while this transaction runs.
 */
async function stagedRows(db: LocalDb, sent: OutboxEntry[]) {
  const tables = new Map<OutboxEntry['table'], { rows: Map<string, Row | undefined>; changed: Set<string> }>();
  for (const e of sent) {
    const t = tables.get(e.table) ?? { rows: new Map<string, Row | undefined>(), changed: new Set<string>() };
    t.rows.set(e.rowId, undefined);
    tables.set(e.table, t);
  }
  for (const [table, t] of tables) {
    const ids = [...t.rows.keys()];
    const found = (await rowStore(db, table).bulkGet(ids)) as (Row | undefined)[];
    for (const [i, id] of ids.entries()) t.rows.set(id, found[i]);
  }
  return {
    of(table: OutboxEntry['table']): Staged {
      const t = tables.get(table)!;
      return {
        get: (id) => t.rows.get(id),
        put: (id, row) => void (t.rows.set(id, row), t.changed.add(id)),
        delete: (id) => void (t.rows.set(id, undefined), t.changed.add(id)),
      };
    },
    async write(): Promise<void> {
      for (const [table, t] of tables) {
        const puts: Row[] = [];
        const deletes: string[] = [];
        for (const id of t.changed) {
          const row = t.rows.get(id);
          if (row) puts.push(row);
          else deletes.push(id);
        }
        if (puts.length > 0) await rowStore(db, table).bulkPut(puts);
        if (deletes.length > 0) await rowStore(db, table).bulkDelete(deletes);
      }
    },
  };
}
