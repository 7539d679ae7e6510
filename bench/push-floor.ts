import SQLite from 'better-sqlite3';
import pg from 'pg';
import { pathToFileURL } from 'node:url';
import { newId } from '../shared/ids/ids';
import { PUSH_BATCH } from '../client/sync/engine';
import { PROTOCOL_VERSION, pushResponseSchema } from '../shared/sync/protocol';
import { type BenchServer, type RawTarget, startBenchServer, technicianEmail } from './bench-server';
import { benchGoals } from './goals';
import { createEntryMutation, type EntryRefs, pushBody } from './mutations';
import { argValue, msSince, percentile } from './stats';

export type PushFloor = { dialect: string; pushServerMs: number; floorMs: number; ratio: number; runs: number };

export const CHANGES = 1000;
type Row = Record<string, unknown>;

/** Sends 1,000 new entries as a device sends its outbox (PUSH_BATCH at a time); returns the time spent waiting. */
export async function timedPush(server: BenchServer, cookie: string, refs: EntryRefs, tag: string): Promise<number> {
  const clientId = newId();
  const mutations = Array.from({ length: CHANGES }, (_, i) => createEntryMutation(i + 1, refs, `${tag} ${i}`));
  let waited = 0;
  for (let i = 0; i < CHANGES; i += PUSH_BATCH) {
    const s = process.hrtime.bigint();
    const res = await fetch(`${server.url}/api/sync/push`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-sync-protocol': String(PROTOCOL_VERSION) },
      body: pushBody(clientId, mutations.slice(i, i + PUSH_BATCH)),
    });
    const body = await res.text();
    waited += msSince(s);
    if (!res.ok) throw new Error(`push failed: ${res.status} ${body}`);
    // A bench of rejections would measure the wrong thing.
    const wrong = pushResponseSchema.parse(JSON.parse(body)).results.filter((r) => r.status !== 'applied');
    if (wrong.length > 0) throw new Error(`push not applied: ${JSON.stringify(wrong[0])}`);
  }
  return waited;
}

/**
 * SQLite copies its write-ahead log back into the database file automatically once the log passes
 * 1,000 pages, inside whichever transaction crosses that line (about 10 ms here). Without this, where
 * that lands depends on how the push is split into requests, and it falls into one side's timing or
 * the other's; so both start from an empty log, untimed.
 */
function walCheckpoint(db: SQLite.Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

export async function checkpointBeforePush(raw: RawTarget): Promise<void> {
  if (raw.kind !== 'sqlite') return;
  const db = new SQLite(raw.file);
  try {
    walCheckpoint(db);
  } finally {
    db.close();
  }
}

/** The floor: the same rows (fresh ids) as 1,000 executions of one prepared INSERT in one transaction, raw driver. */
async function timedFloor(raw: RawTarget, rows: readonly Row[]): Promise<number> {
  const columns = Object.keys(rows[0]!);
  const copies = rows.map((r) => columns.map((c) => (c === 'id' ? newId() : r[c])));
  const snake = columns.map((c) => c.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`));
  if (raw.kind === 'sqlite') {
    const db = new SQLite(raw.file);
    // The server's own settings (server/db/database.ts), so both write the same way.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    try {
      walCheckpoint(db);
      const s = process.hrtime.bigint();
      const insert = db.prepare(`insert into time_entries (${snake}) values (${snake.map(() => '?')})`);
      db.transaction(() => {
        for (const values of copies) insert.run(values);
      })();
      return msSince(s);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: raw.url, options: `-c search_path=${raw.schema}` });
  await client.connect();
  try {
    const text = `insert into time_entries (${snake}) values (${snake.map((_, i) => `$${i + 1}`)})`;
    const s = process.hrtime.bigint();
    await client.query('begin');
    for (const values of copies) await client.query({ name: 'floor_insert', text, values });
    await client.query('commit');
    return msSince(s);
  } finally {
    await client.end();
  }
}

/**
 * Server time of a push of 1,000 offline changes next to the database's floor for the same rows, on
 * the same database in the same run; medians over `runs` after one unmeasured warm-up of each.
 */
export async function pushFloor(kind: 'sqlite' | 'postgres', pgUrl: string, runs = 5): Promise<PushFloor> {
  const server = await startBenchServer(kind, pgUrl, { email: technicianEmail(), count: 10_000 });
  try {
    const cookie = await server.cookieFor(technicianEmail());
    const person = await server.db
      .selectFrom('people')
      .select(['id', 'associationId'])
      .where('email', '=', technicianEmail())
      .executeTakeFirstOrThrow();
    const pick = (table: 'municipalities' | 'serviceTypes') =>
      server.db
        .selectFrom(table)
        .select('id')
        .where('associationId', '=', person.associationId)
        .executeTakeFirstOrThrow();
    const refs = { municipalityId: (await pick('municipalities')).id, serviceTypeId: (await pick('serviceTypes')).id };
    const pushes: number[] = [];
    const floors: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const tag = `floor-${run}`;
      await checkpointBeforePush(server.raw);
      const pushMs = await timedPush(server, cookie, refs, tag);
      const rows = await server.db.selectFrom('timeEntries').selectAll().where('note', 'like', `${tag} %`).execute();
      if (rows.length !== CHANGES) throw new Error(`expected ${CHANGES} pushed rows, found ${rows.length}`);
      const floorMs = await timedFloor(server.raw, rows);
      if (run === 0) continue; // warm-up: statement caches, JIT
      pushes.push(pushMs);
      floors.push(floorMs);
    }
    const pushServerMs = percentile(pushes, 50);
    const floorMs = percentile(floors, 50);
    return {
      dialect: kind,
      pushServerMs: Math.round(pushServerMs),
      floorMs: Math.round(floorMs * 10) / 10,
      ratio: Math.round((pushServerMs / floorMs) * 10) / 10,
      runs,
    };
  } finally {
    await server.close();
  }
}

export const formatPushFloor = (r: PushFloor): string =>
  `${r.dialect.padEnd(8)} push of 1,000 changes: ${r.pushServerMs} ms server time | ` +
  `1,000 prepared INSERTs of the same rows in one transaction: ${r.floorMs} ms | ${r.ratio}× the floor ` +
  `(median of ${r.runs})`;

/** Whether PostgreSQL answers at `url` (the PostgreSQL parts are skipped when not). */
export async function pgReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

// `npm run bench:push [-- --runs=5 --json]`
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const runs = Number(argValue('runs') ?? 5);
  const json = process.argv.includes('--json');
  const results = [await pushFloor('sqlite', pgUrl, runs)];
  if (await pgReachable(pgUrl)) results.push(await pushFloor('postgres', pgUrl, runs));
  else if (!json) console.log(`PostgreSQL not reachable at ${pgUrl}: skipped (set BENCH_DATABASE_URL)`);
  if (!json) for (const r of results) console.log(formatPushFloor(r));
  const all = benchGoals({
    firstLoadJsGzipBytes: 0,
    sync: [],
    pullScaling: [],
    noopThroughput: [],
    pouchdb: { skipped: '' },
    pushFloor: results,
  });
  const goals = {
    push1000VsFloorSqliteX: all.push1000VsFloorSqliteX,
    push1000VsFloorPostgresX: all.push1000VsFloorPostgresX,
  };
  if (json) console.log(JSON.stringify({ pushFloor: results, goals }));
  else for (const [k, g] of Object.entries(goals)) console.log(`${k}: ${g.value ?? '–'} ${g.unit} (goal ${g.goal})`);
}
