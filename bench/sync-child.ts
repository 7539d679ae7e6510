/**
 * One server of the PouchDB comparison (pouchdb-compare.ts) in its own Node process, forked by
 * forkBenchChild like a real deployment runs its server: either our app on SQLite with `records`
 * records visible to the technician, or express-pouchdb (memory adapter) that is then given the same
 * documents. Configured by the BENCH_SYNC_CHILD environment variable. It counts the bytes on its own
 * sockets (wire.ts) and answers `reset`, `read` and `load` requests over the IPC channel, so the
 * bench process, which runs the devices, does no server work and relays no bytes.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join } from 'node:path';
import type { PouchDoc } from './pouchdb-load';
import { countWireBytes, type WireCounter } from './wire';

/**
 * `assets`: also serve the files of folder `dir` under the path `prefix` (starting and ending with
 * a slash), beside the API on the same origin, so a browser page loaded from there reaches the API
 * with its own cookies and without CORS (the browser comparison, browser/browser-compare.ts).
 */
export type BenchAssets = { dir: string; prefix: string };
/** `coordinator`: ours with `people` more staff and a year of their assignments (coordinator/year-data.ts). */
export type SyncChildConfig = (
  | { mode: 'ours'; records: number }
  | { mode: 'coordinator'; people: number }
  | { mode: 'pouch' }
) & { assets?: BenchAssets };
/**
 * `url`: ours, the origin; PouchDB, the database. `cookie`: ours only, the technician's session (the
 * coordinator's in `coordinator` mode). `rows`, `assignments`: coordinator mode, what that person's pull holds.
 */
export type SyncChildReady = { type: 'ready'; url: string; cookie?: string; rows?: number; assignments?: number };
/** `reset` and `read` the byte counts; `load` documents into the PouchDB server. */
export type SyncChildAsk = { type: 'reset' } | { type: 'read' } | { type: 'load'; docs: PouchDoc[] };
export type SyncChildRequest = { id: number } & SyncChildAsk;
export type SyncChildReply = { type: 'reply'; id: number } & (
  | { ok: true; wire?: { toClient: number; toServer: number }; docCount?: number }
  | { ok: false; error: string }
);

type Started = {
  ready: SyncChildReady;
  wire: WireCounter;
  load?: (docs: PouchDoc[]) => Promise<number>;
  close: () => Promise<void>;
};

/** Our app with `records` records visible to the technician: the demo data plus as many time entries as are missing. */
async function startOurs(records: number, assets: BenchAssets | undefined): Promise<Started> {
  // Loaded here, not at the top, so the PouchDB child does not load our server and the reverse.
  const { startBenchServer, technicianEmail } = await import('./bench-server');
  const { addTimeEntries, bulkTarget } = await import('./bulk-data');
  const { visibleRows } = await import('./pull-docs');
  // SQLite only, so the PostgreSQL URL is never used.
  const server = await startBenchServer('sqlite', '', { email: technicianEmail(), count: 0 });
  try {
    if (assets) serveAssets(server.httpServer, assets);
    const wire = countWireBytes(server.httpServer);
    const cookie = await server.cookieFor(technicianEmail());
    const tech = await server.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', technicianEmail())
      .executeTakeFirstOrThrow();
    const demoRows = (await visibleRows(server.url, cookie)).length;
    await addTimeEntries(await bulkTarget(server.db, 'sqlite'), records - demoRows, () => tech.id);
    return {
      ready: { type: 'ready', url: server.url, cookie },
      wire,
      close: () => closing(server.httpServer, server.close()),
    };
  } catch (err) {
    await server.close();
    throw err;
  }
}

/** Our app with the demo data plus `people` staff and a year of their assignments, for the coordinator's device. */
async function startCoordinator(people: number, assets: BenchAssets | undefined): Promise<Started> {
  const { startBenchServer, technicianEmail, coordinatorEmail } = await import('./bench-server');
  const { bulkTarget } = await import('./bulk-data');
  const { addYearOfAssignments } = await import('./coordinator/year-data');
  const { visibleRows } = await import('./pull-docs');
  const server = await startBenchServer('sqlite', '', { email: technicianEmail(), count: 0 });
  try {
    if (assets) serveAssets(server.httpServer, assets);
    const wire = countWireBytes(server.httpServer);
    const today = new Date().toISOString().slice(0, 10);
    const assignments = await addYearOfAssignments(await bulkTarget(server.db, 'sqlite'), people, today);
    const cookie = await server.cookieFor(coordinatorEmail());
    const rows = (await visibleRows(server.url, cookie)).length;
    return {
      ready: { type: 'ready', url: server.url, cookie, rows, assignments },
      wire,
      close: () => closing(server.httpServer, server.close()),
    };
  } catch (err) {
    await server.close();
    throw err;
  }
}

/** express-pouchdb over an in-memory PouchDB, empty until `load`. */
async function startPouch(assets: BenchAssets | undefined): Promise<Started> {
  const { createServer } = await import('node:http');
  const { loadPouch, POUCH_INSTALL } = await import('./pouchdb-load');
  const kit = loadPouch();
  if (!kit) throw new Error(`PouchDB is not installed: ${POUCH_INSTALL}`);
  const ServerPouch = kit.PouchDB.defaults({ adapter: 'memory' });
  const source = new ServerPouch('records');
  const http = createServer(kit.expressPouchDb(ServerPouch, { mode: 'minimumForPouchDB' }));
  if (assets) serveAssets(http, assets);
  const wire = countWireBytes(http);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  return {
    ready: { type: 'ready', url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/records` },
    wire,
    load: async (docs) => {
      for (let i = 0; i < docs.length; i += 1000) await source.bulkDocs(docs.slice(i, i + 1000));
      return (await source.info()).doc_count;
    },
    close: async () => {
      await closing(http, new Promise<void>((resolve) => http.close(() => resolve())));
      await source.destroy();
    },
  };
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/**
 * Puts a handler for `prefix` in front of the server's own request listener (our Hono app or
 * express-pouchdb, neither of which is changed for the bench): files of `dir` by their plain name,
 * everything else to the server as before.
 */
function serveAssets(http: Server, { dir, prefix }: BenchAssets): void {
  const listeners = http.listeners('request') as RequestListener[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith(prefix)) {
      for (const l of listeners) l.call(http, req, res);
      return;
    }
    // basename: a request can name only a file directly in `dir`.
    const name = basename(new URL(req.url, 'http://x').pathname);
    readFile(join(dir, name)).then(
      (body) =>
        res
          .writeHead(200, {
            'content-type': contentTypes[extname(name)] ?? 'application/octet-stream',
            'cache-control': 'no-store',
          })
          .end(body),
      () => res.writeHead(404).end(),
    );
  });
}

/**
 * Waits for `closed`, a close of `http` begun just before, after dropping the connections the
 * devices keep alive; otherwise close would wait for their keep-alive timeouts.
 */
async function closing(http: Server, closed: Promise<void>): Promise<void> {
  http.closeAllConnections();
  await closed;
}

const config = JSON.parse(process.env['BENCH_SYNC_CHILD'] ?? '{"mode":"pouch"}') as SyncChildConfig;
const started =
  config.mode === 'ours'
    ? await startOurs(config.records, config.assets)
    : config.mode === 'coordinator'
      ? await startCoordinator(config.people, config.assets)
      : await startPouch(config.assets);

const reply = (m: SyncChildReply) => process.send?.(m);
async function answer(req: SyncChildRequest): Promise<SyncChildReply> {
  switch (req.type) {
    case 'reset':
      started.wire.reset();
      return { type: 'reply', id: req.id, ok: true };
    case 'read':
      return { type: 'reply', id: req.id, ok: true, wire: started.wire.read() };
    case 'load':
      if (!started.load) throw new Error(`a ${config.mode} child takes no documents`);
      return { type: 'reply', id: req.id, ok: true, docCount: await started.load(req.docs) };
  }
}

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void started.close().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error('sync child: close failed', err);
      process.exit(1);
    },
  );
};
process.on('message', (m) => {
  if (m === 'stop') return stop();
  const req = m as SyncChildRequest;
  answer(req).then(reply, (err: unknown) =>
    reply({ type: 'reply', id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
});
// The bench process died or let go of the channel: nobody will ask this server anything again.
process.on('disconnect', stop);
// Ctrl-C reaches every process of the terminal's group, this one too: close and remove the
// database folder as on `stop` instead of dying with it left in tmp.
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.send?.(started.ready);
