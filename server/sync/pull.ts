import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import { can } from '../../shared/capabilities/capabilities';
import { PROTOCOL_VERSION, type PullResponse, type SyncTable, syncTables } from '../../shared/sync/protocol';
import type { Dialect } from '../db/database';
import { preparedQuery } from '../db/prepared';
import { readCache } from '../db/read-cache';
import type { DB } from '../db/schema';
import {
  assignmentColumns,
  municipalityColumns,
  personColumns,
  serviceTypeColumns,
  siteColumns,
  timeEntryColumns,
  toAssignment,
  toMunicipality,
  toPerson,
  toServiceType,
  toSite,
  toTimeEntry,
} from '../masterdata/rows';

type Fetched = { table: SyncTable; rev: number; id: string; deleted: boolean; row: unknown };

/** Tables this user sees in full rather than only their own rows. */
const readsAll = (user: SessionUser, table: SyncTable): boolean =>
  table === 'assignments' ? can(user, 'assignments.read-all') : table === 'timeEntries' ? can(user, 'time.read-all') : true;

/** Reads one table's changes after the cursor within what the user may see. */
async function fetchTable(trx: Kysely<DB>, table: SyncTable, user: SessionUser, cursor: number, limit: number): Promise<Fetched[]> {
  const wrap = <R extends { id: string; rev: number; deleted: number }>(rows: R[], map: (r: R) => unknown): Fetched[] =>
    rows.map((r) => ({ table, rev: Number(r.rev), id: r.id, deleted: r.deleted === 1, row: r.deleted === 1 ? null : map(r) }));
  const after = { associationId: user.associationId, cursor, limit };
  switch (table) {
    case 'municipalities':
      return wrap(await trx.selectFrom('municipalities').select([...municipalityColumns, 'deleted']).$call(page(after)).execute(), toMunicipality);
    case 'sites':
      return wrap(await trx.selectFrom('sites').select([...siteColumns, 'deleted']).$call(page(after)).execute(), toSite);
    case 'serviceTypes':
      return wrap(await trx.selectFrom('serviceTypes').select([...serviceTypeColumns, 'deleted']).$call(page(after)).execute(), toServiceType);
    case 'people':
      return wrap(await trx.selectFrom('people').select([...personColumns, 'deleted']).$call(page(after)).execute(), toPerson);
    case 'assignments': {
      const own = !readsAll(user, 'assignments');
      const q = trx.selectFrom('assignments').select([...assignmentColumns, 'deleted']).$call(page(after)).$if(own, (qb) => qb.where('personId', '=', user.id));
      return wrap(await q.execute(), toAssignment);
    }
    case 'timeEntries': {
      const own = !readsAll(user, 'timeEntries');
      const q = trx.selectFrom('timeEntries').select([...timeEntryColumns, 'deleted']).$call(page(after)).$if(own, (qb) => qb.where('personId', '=', user.id));
      return wrap(await q.execute(), toTimeEntry);
    }
  }
}

type PageArgs = { associationId: string; cursor: number; limit: number };
/** Rows of one association after the cursor, in revision order. */
const page =
  ({ associationId, cursor, limit }: PageArgs) =>
  <QB extends SelectQueryBuilder<DB, SyncedTableName, object>>(qb: QB): QB =>
    qb.where('associationId', '=', associationId).where('rev', '>', cursor).orderBy('rev').limit(limit) as QB;
type SyncedTableName = 'municipalities' | 'sites' | 'serviceTypes' | 'people' | 'assignments' | 'timeEntries';

async function fetchRevocations(trx: Kysely<DB>, user: SessionUser, cursor: number, limit: number): Promise<Fetched[]> {
  const rows = await trx
    .selectFrom('syncRevocations')
    .select(['tableName', 'rowId', 'rev'])
    .where('associationId', '=', user.associationId)
    .where('personId', '=', user.id)
    // A row that left this person's own rows is still in scope where they read the whole table
    // (a planner moving her own assignment to someone else); its update arrives as an upsert.
    .where('tableName', 'not in', syncTables.filter((t) => readsAll(user, t)))
    .where('rev', '>', cursor)
    .orderBy('rev')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ table: r.tableName as SyncTable, rev: Number(r.rev), id: r.rowId, deleted: true, row: null }));
}

export type PullInput = { cursor: number; limit: number; clientId?: string | undefined };

const emptyPage = (cursor: number, more: boolean, lastMutationId: number | null, now: Date): PullResponse => ({
  type: 'pull-result',
  protocol: PROTOCOL_VERSION,
  cursor,
  more,
  upserts: { municipalities: [], sites: [], serviceTypes: [], people: [], assignments: [], timeEntries: [] },
  deletes: { municipalities: [], sites: [], serviceTypes: [], people: [], assignments: [], timeEntries: [] },
  lastMutationId,
  serverTime: now.toISOString(),
});

/**
 * One page of changes after the cursor. All reads share one snapshot (a REPEATABLE READ
 * transaction on PostgreSQL), otherwise a commit between two table reads could be skipped.
 */
export async function pull(db: Kysely<DB>, dialect: Dialect, user: SessionUser, input: PullInput, now: Date): Promise<PullResponse> {
  const { cursor, limit } = input;
  const run = async (trx: Kysely<DB>) => {
    const perTable = await Promise.all([...syncTables.map((t) => fetchTable(trx, t, user, cursor, limit)), fetchRevocations(trx, user, cursor, limit)]);
    const client = input.clientId
      ? await trx.selectFrom('syncClients').select(['lastMutationId', 'personId']).where('clientId', '=', input.clientId).executeTakeFirst()
      : undefined;
    const head = await trx.selectFrom('syncState').select('rev').where('associationId', '=', user.associationId).executeTakeFirst();
    return { perTable, client, head: Number(head?.rev ?? 0) };
  };
  const tx = db.transaction();
  const { perTable, client, head } = await (dialect === 'postgres' ? tx.setIsolationLevel('repeatable read') : tx).execute(run);

  const all = perTable.flat().sort((a, b) => a.rev - b.rev);
  const page = all.slice(0, limit);
  const more = all.length > limit || perTable.some((rows) => rows.length === limit);
  // On the last page the cursor may jump to the counter: this snapshot holds nothing else up to it,
  // and revisions reserved but never used (or rows outside this user's scope) are skipped for good.
  const lastRev = page.length > 0 ? page[page.length - 1]!.rev : cursor;
  const response = emptyPage(more ? lastRev : Math.max(lastRev, head), more, client && client.personId === user.id ? Number(client.lastMutationId) : null, now);
  // A row revoked and granted again within one page: only its latest state counts.
  const latest = new Map<string, Fetched>();
  for (const f of page) latest.set(`${f.table}:${f.id}`, f);
  for (const f of latest.values()) {
    if (f.deleted) response.deletes[f.table].push(f.id);
    else (response.upserts[f.table] as unknown[]).push(f.row);
  }
  return response;
}

type Client = { personId: string; lastMutationId: number } | 'unknown';

/**
 * A pull as the API serves it. Most pulls find nothing new: the association's counter and this
 * client's last applied mutation then answer without the transaction and its read per table. Every row
 * change bumps the counter in its own transaction, so a snapshot whose counter is at most the cursor
 * holds no row after it. Both come from memory while sync_state and sync_clients are unwritten (by any
 * process; see server/db/table-versions.ts), else from one statement, which is one snapshot on both
 * databases; either way the answer is as consistent as the full read.
 */
export async function pullChanges(db: Kysely<DB>, dialect: Dialect, user: SessionUser, input: PullInput, now: Date): Promise<PullResponse> {
  const { clientId } = input;
  const heads = readCache<string, number>(db, 'sync-heads', ['sync_state']);
  const clients = readCache<string, Client>(db, 'sync-clients', ['sync_clients']);
  let head = heads?.get(user.associationId);
  let client = clientId === undefined ? undefined : clients?.get(clientId);
  if (head === undefined || (clientId !== undefined && client === undefined)) {
    const headsStamp = heads?.stamp();
    const clientsStamp = clients?.stamp();
    const [row] = await counterAndClient(db, { associationId: user.associationId, clientId: clientId ?? '' });
    if (!row) return pull(db, dialect, user, input, now);
    head = Number(row.rev);
    if (headsStamp !== undefined) heads?.set(user.associationId, head, headsStamp);
    if (clientId !== undefined) {
      client = row.personId === null || row.lastMutationId === null ? 'unknown' : { personId: row.personId, lastMutationId: Number(row.lastMutationId) };
      if (clientsStamp !== undefined) clients?.set(clientId, client, clientsStamp);
    }
  }
  if (head > input.cursor) return pull(db, dialect, user, input, now);
  const lastMutationId = client !== undefined && client !== 'unknown' && client.personId === user.id ? client.lastMutationId : null;
  return emptyPage(input.cursor, false, lastMutationId, now);
}

// Compiled once: this runs on every pull of every device that misses the cache (see preparedQuery).
const counterAndClient = preparedQuery<{ associationId: string; clientId: string }>()((db, arg) =>
  db
    .selectFrom('syncState')
    .leftJoin('syncClients', (join) => join.on('syncClients.clientId', '=', arg('clientId')))
    .select(['syncState.rev', 'syncClients.lastMutationId', 'syncClients.personId'])
    .where('syncState.associationId', '=', arg('associationId')),
);
