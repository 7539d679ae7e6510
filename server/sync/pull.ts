import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import type { PullResponse, SyncTable } from '../../shared/sync/protocol';
import { syncTables } from '../../shared/sync/protocol';
import type { Dialect } from '../db/database';
import { preparedQuery } from '../db/prepared';
import { readCache } from '../db/cache/read-cache';
import type { DB } from '../db/schema';
import { type PullPage, pullJson } from './pull-json';
import { isoTime } from './iso-time';
import { serverRecords } from './registry';
import { rowJson } from './row-json';
import { ALL, conditionOf, type ScopeFacts } from './scope';
import { cachedScopeFacts, scopeFacts } from './scope-facts';

type Fetched = { table: SyncTable; rev: number; id: string; deleted: boolean; json: string };

/**
 * Reads one table's changes after the cursor within the reader's
 * scope (none if it grants nothing), each row as its JSON.
 */
async function fetchTable(
  trx: Kysely<DB>,
  dialect: Dialect,
  table: SyncTable,
  facts: ScopeFacts,
  cursor: number,
  limit: number,
): Promise<Fetched[]> {
  const record = serverRecords[table];
  const condition = conditionOf(record.read, facts, dialect);
  if (condition === null) return [];
  const json = rowJson(dialect, record.fields).as('json');
  const rows = await trx
    .selectFrom(table)
    .select(['id', 'rev', 'deleted', json])
    .where('associationId', '=', facts.user.associationId)
    .where('rev', '>', cursor)
    .$if(condition !== ALL, (qb) => qb.where(condition as Exclude<typeof condition, typeof ALL>))
    .orderBy('rev')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ table, rev: Number(r.rev), id: r.id, deleted: r.deleted === 1, json: r.json }));
}

async function fetchRevocations(
  trx: Kysely<DB>,
  dialect: Dialect,
  facts: ScopeFacts,
  cursor: number,
  limit: number,
): Promise<Fetched[]> {
  const { user } = facts;
  const readsAll = syncTables.filter((t) => conditionOf(serverRecords[t].read, facts, dialect) === ALL);
  const rows = await trx
    .selectFrom('syncRevocations')
    .select(['tableName', 'rowId', 'rev'])
    .where('associationId', '=', user.associationId)
    .where('personId', '=', user.id)
    // A row that left this person's own rows is still in scope where they read the whole table
    // (a planner moving her own assignment to someone else); its update arrives as an upsert.
    .$if(readsAll.length > 0, (qb) => qb.where('tableName', 'not in', readsAll))
    .where('rev', '>', cursor)
    .orderBy('rev')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    table: r.tableName as SyncTable,
    rev: Number(r.rev),
    id: r.rowId,
    deleted: true,
    json: '',
  }));
}

export type PullInput = { cursor: number; limit: number; clientId?: string | undefined };

const noRows = (): PullPage['upserts'] => ({
  associationSettings: [],
  municipalities: [],
  sites: [],
  serviceTypes: [],
  people: [],
  personProfiles: [],
  assignments: [],
  timeEntries: [],
  absences: [],
  absenceDetails: [],
  coverRequests: [],
  closureDays: [],
  openShifts: [],
  notifications: [],
  assignmentSeries: [],
  rotationStations: [],
  rotationPlans: [],
});
/** Shared by every answer without changes (most pulls), so they allocate no arrays; never filled. */
const unchanged = Object.freeze(
  Object.fromEntries(syncTables.map((t) => [t, Object.freeze([])])),
) as unknown as PullPage['upserts'];
const emptyPage = (
  cursor: number,
  more: boolean,
  scope: string,
  lastMutationId: number | null,
  now: Date,
  rows = noRows,
): PullPage => ({
  cursor,
  more,
  scope,
  upserts: rows(),
  deletes: rows(),
  lastMutationId,
  serverTime: isoTime(now),
});

/**
 * One page of changes after the cursor. All reads share one snapshot (a REPEATABLE READ
 * transaction on PostgreSQL), otherwise a commit between two table reads could be skipped.
 */
export async function pullPage(
  db: Kysely<DB>,
  dialect: Dialect,
  user: SessionUser,
  input: PullInput,
  now: Date,
): Promise<PullPage> {
  const { cursor, limit } = input;
  const { facts, key } = await scopeFacts(db, user, now);
  const run = async (trx: Kysely<DB>) => {
    const perTable = await Promise.all([
      ...syncTables.map((t) => fetchTable(trx, dialect, t, facts, cursor, limit)),
      fetchRevocations(trx, dialect, facts, cursor, limit),
    ]);
    const client = input.clientId
      ? await trx
          .selectFrom('syncClients')
          .select(['lastMutationId', 'personId'])
          .where('clientId', '=', input.clientId)
          .executeTakeFirst()
      : undefined;
    const head = await trx
      .selectFrom('syncState')
      .select('rev')
      .where('associationId', '=', user.associationId)
      .executeTakeFirst();
    return { perTable, client, head: Number(head?.rev ?? 0) };
  };
  const tx = db.transaction();
  const { perTable, client, head } = await (dialect === 'postgres'
    ? tx.setIsolationLevel('repeatable read')
    : tx
  ).execute(run);

  const all = perTable.flat().sort((a, b) => a.rev - b.rev);
  // A revocation shares its revision with the row change behind it: a page never ends between the two,
  // or the next page (after that revision) would miss the other for good.
  let end = Math.min(limit, all.length);
  while (end < all.length && all[end]!.rev === all[end - 1]!.rev) end++;
  const page = all.slice(0, end);
  const more = all.length > limit || perTable.some((rows) => rows.length === limit);
  // On the last page the cursor may jump to the counter: this snapshot holds nothing else up to it,
  // and revisions reserved but never used (or rows outside this user's scope) are skipped for good.
  const lastRev = page.length > 0 ? page[page.length - 1]!.rev : cursor;
  const response = emptyPage(
    more ? lastRev : Math.max(lastRev, head),
    more,
    key,
    client && client.personId === user.id ? Number(client.lastMutationId) : null,
    now,
  );
  // A row revoked and granted again within one page: only its latest state counts.
  const latest = new Map<string, Fetched>();
  for (const f of page) latest.set(`${f.table}:${f.id}`, f);
  for (const f of latest.values()) {
    if (f.deleted) response.deletes[f.table].push(f.id);
    else response.upserts[f.table].push(f.json);
  }
  return response;
}

/** pullPage as the API's shape (for callers in this process: tests, load generators). */
export const pull = async (
  db: Kysely<DB>,
  dialect: Dialect,
  user: SessionUser,
  input: PullInput,
  now: Date,
): Promise<PullResponse> => JSON.parse(pullJson(await pullPage(db, dialect, user, input, now))) as PullResponse;

type Client = { personId: string; lastMutationId: number } | 'unknown';

/**
 * A pull as the API serves it. Most pulls find nothing new: the association's counter and this
 * client's last applied mutation then answer without the transaction and its read per table. Every row
 * change bumps the counter in its own transaction, so a snapshot whose counter is at most the cursor
 * holds no row after it. Both come from memory while sync_state and sync_clients are unwritten (by any
 * process; see server/db/cache/table-versions.ts), else from one statement, which is one snapshot on both
 * databases; either way the answer is as consistent as the full read.
 */
export async function pullChangesPage(
  db: Kysely<DB>,
  dialect: Dialect,
  user: SessionUser,
  input: PullInput,
  now: Date,
): Promise<PullPage> {
  const fromMemory = unchangedFromMemory(db, user, input, now);
  if (fromMemory) return fromMemory;
  const { clientId } = input;
  const heads = headsCache(db);
  const clients = clientsCache(db);
  const headsStamp = heads?.stamp();
  const clientsStamp = clients?.stamp();
  const [row] = await counterAndClient(db, { associationId: user.associationId, clientId: clientId ?? '' });
  if (!row) return pullPage(db, dialect, user, input, now);
  const head = Number(row.rev);
  if (headsStamp !== undefined) heads?.set(user.associationId, head, headsStamp);
  let client: Client | undefined;
  if (clientId !== undefined) {
    client =
      row.personId === null || row.lastMutationId === null
        ? 'unknown'
        : { personId: row.personId, lastMutationId: Number(row.lastMutationId) };
    if (clientsStamp !== undefined) clients?.set(clientId, client, clientsStamp);
  }
  if (head > input.cursor) return pullPage(db, dialect, user, input, now);
  return unchangedPage(input.cursor, user, (await scopeFacts(db, user, now)).key, client, now);
}

const headsCache = (db: Kysely<DB>) => readCache<string, number>(db, 'sync-heads', ['sync_state']);
const clientsCache = (db: Kysely<DB>) => readCache<string, Client>(db, 'sync-clients', ['sync_clients']);

const unchangedPage = (
  cursor: number,
  user: SessionUser,
  scope: string,
  client: Client | undefined,
  now: Date,
): PullPage => {
  const lastMutationId =
    client !== undefined && client !== 'unknown' && client.personId === user.id ? client.lastMutationId : null;
  return emptyPage(cursor, false, scope, lastMutationId, now, () => unchanged);
};

/**
 * The answer "nothing new" when memory holds the counter (and the client) and the counter is not past
 * the cursor; undefined otherwise. Synchronous, so the common pull does not wait a turn for a promise.
 */
export function unchangedFromMemory(
  db: Kysely<DB>,
  user: SessionUser,
  input: PullInput,
  now: Date,
): PullPage | undefined {
  const head = headsCache(db)?.get(user.associationId);
  if (head === undefined || head > input.cursor) return undefined;
  const scope = cachedScopeFacts(db, user, now);
  if (scope === undefined) return undefined;
  if (input.clientId === undefined) return unchangedPage(input.cursor, user, scope.key, undefined, now);
  const client = clientsCache(db)?.get(input.clientId);
  return client === undefined ? undefined : unchangedPage(input.cursor, user, scope.key, client, now);
}

/** pullChangesPage as the API's shape (for callers in this process: tests, load generators). */
export const pullChanges = async (
  db: Kysely<DB>,
  dialect: Dialect,
  user: SessionUser,
  input: PullInput,
  now: Date,
): Promise<PullResponse> => JSON.parse(pullJson(await pullChangesPage(db, dialect, user, input, now))) as PullResponse;

// Compiled once: this runs on every pull of every device that misses the cache (see preparedQuery).
const counterAndClient = preparedQuery<{ associationId: string; clientId: string }>()((db, arg) =>
  db
    .selectFrom('syncState')
    .leftJoin('syncClients', (join) => join.on('syncClients.clientId', '=', arg('clientId')))
    .select(['syncState.rev', 'syncClients.lastMutationId', 'syncClients.personId'])
    .where('syncState.associationId', '=', arg('associationId')),
);
