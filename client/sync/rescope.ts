import type { PullResponse, SyncTable } from '../../shared/sync/protocol';
import { syncTables } from '../../shared/sync/protocol-constants';
import { getMeta, type LocalDb, type OutboxEntry, rowStore, setMeta } from '../db/local-db';
import type { PageCheck, PullRun } from './pull-pages';
import { opView } from './rebase';
import { rowPlaces } from './row-places';

/** Servers from before read scopes send none: then the scope is unknown and nothing is rescoped. */
const scopeOf = (page: PullResponse): string | undefined => page.scope;

/** A scope that keeps changing while the device pulls everything again is retried this often per sync. */
const MAX_RESCOPE_RUNS = 3;

/**
 * For an ordinary pull from `cursor`: lets a page through while its scope is the one the device's
 * rows were pulled under. A first sync only notes the scope; a device that pulled before and meets
 * another one (or kept none, from before scopes) stops, and the caller pulls everything again.
 */
export async function scopeCheck(db: LocalDb, cursor: number): Promise<PageCheck> {
  let known = await getMeta<string | null>(db, 'scope', null);
  return async (page) => {
    const scope = scopeOf(page);
    if (scope === undefined || scope === known) return true;
    if (known !== null || cursor > 0) return false;
    // Noted before the page is applied: a first sync cut short goes on from its cursor under this scope.
    await setMeta(db, 'scope', scope);
    known = scope;
    return true;
  };
}

/**
 * The person's scope changed: rows may have entered or left it without a change of their own, so
 * no cursor says what this device lacks or holds too much. `pullFromStart` pulls everything again
 * (pages applied as usual) while every id received is noted; then what did not come leaves the
 * device, and only then is the new scope stored, so a rescope cut short is done again next time.
 */
export async function rescope(db: LocalDb, pullFromStart: (check: PageCheck) => Promise<PullRun>): Promise<number> {
  let rows = 0;
  for (let run = 0; run < MAX_RESCOPE_RUNS; run++) {
    const seen = new Map<SyncTable, Set<string>>(syncTables.map((t) => [t, new Set<string>()]));
    const target: { scope?: string | undefined; started: boolean } = { started: false };
    const pass = await pullFromStart(async (page) => {
      const scope = scopeOf(page);
      if (!target.started) Object.assign(target, { started: true, scope });
      // It changed again while pulling: the pages before may be of the scope before.
      else if (scope !== target.scope) return false;
      for (const table of syncTables) for (const row of page.upserts[table]) seen.get(table)!.add(row.id);
      return true;
    });
    rows += pass.rows;
    if (!pass.complete) continue;
    if (target.scope !== undefined) await removeUnseen(db, seen, target.scope);
    return rows;
  }
  throw new Error('The scope of what this person may see kept changing while the device pulled it');
}

/**
 * Removes every row the full pull did not bring, and stores the scope, in one transaction. A row
 * with unsent edits is parked for the person to see (its edits still go out and come back with the
 * server's answer); one created here and not yet sent is not on the server yet, so it stays.
 */
async function removeUnseen(
  db: LocalDb,
  seen: ReadonlyMap<SyncTable, ReadonlySet<string>>,
  scope: string,
): Promise<void> {
  await db.transaction('rw', [...db.syncedTables, db.outbox, db.attention, db.meta], async () => {
    const pending = new Map<string, OutboxEntry[]>();
    for (const e of await db.outbox.toArray())
      pending.set(`${e.table}:${e.rowId}`, [...(pending.get(`${e.table}:${e.rowId}`) ?? []), e]);
    const at = new Date().toISOString();
    for (const table of syncTables) {
      const came = seen.get(table)!;
      const gone: string[] = [];
      for (const id of await rowPlaces[table].ids(db)) {
        if (came.has(id)) continue;
        const edits = pending.get(`${table}:${id}`);
        if (edits?.some((e) => opView(e).op === 'create')) continue;
        if (edits) {
          const row = (await rowStore(db, table).get(id)) as Record<string, unknown> | undefined;
          await db.attention.put({ rowId: id, table, reason: 'removed_on_server', row: row ?? null, at });
        }
        gone.push(id);
      }
      if (gone.length > 0) await rowStore(db, table).bulkDelete(gone);
    }
    await setMeta(db, 'scope', scope);
  });
}
