/**
 * A server in its own process for load tests, started with `fork` by throughput.ts: either the
 * real app (demo data plus extra time entries) or a hello-world Hono app, both on @hono/node-server.
 * Configured by the BENCH_CHILD environment variable; reports its address over the IPC channel.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import SQLite from 'better-sqlite3';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { type Kysely, sql } from 'kysely';
import { newId } from '../shared/ids/ids';
import { PROTOCOL_VERSION } from '../shared/sync/protocol';
import { SESSION_COOKIE, sessionIdOf } from '../server/auth/sessions';
import type { DB } from '../server/db/schema';
import { startBenchServer, technicianEmail } from './bench-server';
import { bulkTarget, currentRev } from './bulk-data';
import { createEntryMutation, pushBody } from './mutations';
import { coordinatorEmail } from './pull-scaling';

/** `workMicros`: the hello-world handler first spins this long (the calibration in throughput.ts). */
export type ChildConfig =
  | { mode: 'hello'; workMicros?: number }
  | { mode: 'app'; kind: 'sqlite' | 'postgres'; pgUrl: string; entries: number };
export type ChildReady = {
  url: string;
  path: string;
  headers: Record<string, string>;
  coordinatorHeaders?: Record<string, string>;
  /** SQLite only: the same answer from the floor route (see startFloor), in this process. */
  floorUrl?: string;
};

async function startHello(workMicros = 0): Promise<{ ready: ChildReady; close: () => Promise<void> }> {
  const app = new Hono().get('/', (c) => {
    if (workMicros > 0) for (const end = performance.now() + workMicros / 1000; performance.now() < end; );
    return c.text('Hello, World!');
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ready: { url, path: '/', headers: {} },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A reference, not part of the app: the least a correct no-op pull can cost on this machine. One
 * raw better-sqlite3 statement reads session, person, counter and client together in a synchronous
 * Hono handler, without Kysely, validation or middleware. If even this is far below half the
 * hello-world rate, the gap is the price of touching the database at all.
 */
async function startFloor(db: Kysely<DB>): Promise<{ url: string; close: () => Promise<void> }> {
  const { rows } = await sql<{ file: string }>`select file from pragma_database_list where name = 'main'`.execute(db);
  const raw = new SQLite(rows[0]!.file, { readonly: true });
  const stmt = raw.prepare(
    `select p.id, p.active, s.expires_at, ss.rev, sc.last_mutation_id from sessions s
     join people p on p.id = s.person_id join sync_state ss on ss.association_id = s.association_id
     left join sync_clients sc on sc.client_id = ? and sc.person_id = s.person_id where s.id = ?`,
  );
  const empty = { municipalities: [], sites: [], serviceTypes: [], people: [], assignments: [], timeEntries: [] };
  const app = new Hono().get('/api/sync/pull', (c) => {
    const row = stmt.get(c.req.query('clientId') ?? '', sessionIdOf(getCookie(c, SESSION_COOKIE) ?? '')) as
      | { active: number; expires_at: string; rev: number; last_mutation_id: number | null }
      | undefined;
    if (row?.active !== 1 || Date.parse(row.expires_at) <= Date.now())
      return c.json({ code: 'unauthenticated', message: 'Not logged in' }, 401);
    const cursor = Number(c.req.query('cursor'));
    if (row.rev > cursor) return c.json({ code: 'bad_request', message: 'floor route answers no-op pulls only' }, 400);
    return c.json({
      type: 'pull-result',
      protocol: PROTOCOL_VERSION,
      cursor,
      more: false,
      upserts: empty,
      deletes: empty,
      lastMutationId: row.last_mutation_id,
      serverTime: new Date().toISOString(),
    });
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => (raw.close(), resolve()))),
  };
}

async function startApp(
  kind: 'sqlite' | 'postgres',
  pgUrl: string,
  entries: number,
): Promise<{ ready: ChildReady; close: () => Promise<void> }> {
  const server = await startBenchServer(kind, pgUrl, { email: technicianEmail(), count: entries });
  const cookie = await server.cookieFor(technicianEmail());
  const coordinator = await server.cookieFor(coordinatorEmail());
  // A known client, as a real device would be after its first push; the pull then reports its last mutation.
  const clientId = newId();
  const target = await bulkTarget(server.db, kind);
  const push = await fetch(`${server.url}/api/sync/push`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: pushBody(clientId, [createEntryMutation(1, target)]),
  });
  if (!push.ok) throw new Error(`push failed ${push.status} ${await push.text()}`);
  const rev = await currentRev(server.db, target.associationId);
  const headers = { cookie, 'x-sync-protocol': String(PROTOCOL_VERSION) };
  const floor = kind === 'sqlite' ? await startFloor(server.db) : undefined;
  return {
    ready: {
      url: server.url,
      path: `/api/sync/pull?cursor=${rev}&clientId=${clientId}`,
      headers,
      coordinatorHeaders: { ...headers, cookie: coordinator },
      ...(floor ? { floorUrl: floor.url } : {}),
    },
    close: async () => {
      await floor?.close();
      await server.close();
    },
  };
}

const config = JSON.parse(process.env['BENCH_CHILD'] ?? '{"mode":"hello"}') as ChildConfig;
const started =
  config.mode === 'hello'
    ? await startHello(config.workMicros)
    : await startApp(config.kind, config.pgUrl, config.entries);
process.send?.({ type: 'ready', ...started.ready });
// A grace period first: requests the load generator left in flight finish before the database closes.
const stop = () =>
  void new Promise((resolve) => setTimeout(resolve, 500)).then(started.close).then(() => process.exit(0));
process.on('message', (m) => {
  if (m === 'stop') stop();
});
process.on('disconnect', stop);
