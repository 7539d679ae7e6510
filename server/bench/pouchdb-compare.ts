import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Transport } from '../../client/api/http';
import { LocalDb } from '../../client/db/local-db';
import { SyncEngine } from '../../client/sync/engine';
import { newId } from '../../shared/ids/ids';
import type { PullResponse } from '../../shared/sync/protocol';
import { startBenchServer, technicianEmail } from './bench-server';
import { addTimeEntries, bulkTarget } from './bulk-data';
import { getJson } from './http-client';
import { type PouchDoc, type PouchKit } from './pouchdb-load';
import { msSince, percentile } from './stats';
import { countWireBytes } from './wire';

export type SyncRun = { ms: number; bytesToClient: number; bytesToServer: number; records: number };
export type SyncFigures = { label: string; medianMs: number; bytesToClient: number; bytesToServer: number; records: number; runs: number[] };
/** A PouchDB variant with how many times slower it was than ours and how many times more bytes it received. */
export type PouchFigures = SyncFigures & { adapter: string; batchSize: number | null; speedup: number; byteRatio: number };
/** `speedup` and `byteRatio` are against the like-for-like reference: PouchDB on fake-indexeddb, default batch size. */
export type PouchComparison = { records: number; ours: SyncFigures; pouch: PouchFigures[]; speedup: number; byteRatio: number };

const figures = (label: string, runs: SyncRun[]): SyncFigures => ({
  label,
  medianMs: Math.round(percentile(runs.map((r) => r.ms), 50)),
  bytesToClient: runs[0]!.bytesToClient,
  bytesToServer: runs[0]!.bytesToServer,
  records: runs[0]!.records,
  runs: runs.map((r) => Math.round(r.ms)),
});

/** Everything the technician sees, as our pull delivers it (one array per table), by paging raw. */
async function visibleRows(url: string, cookie: string): Promise<PouchDoc[]> {
  const docs: PouchDoc[] = [];
  let cursor = 0;
  for (;;) {
    const page = await getJson<PullResponse>(`${url}/api/sync/pull?cursor=${cursor}&limit=5000`, { cookie });
    for (const [table, rows] of Object.entries(page.upserts)) for (const row of rows as { id: string }[]) docs.push({ ...row, _id: `${table}:${row.id}`, table });
    cursor = page.cursor;
    if (!page.more) return docs;
  }
}

const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;

type Contender = { label: string; run: () => Promise<SyncRun> };

// idb on fake-indexeddb writes the same kind of store as our device; memory (memdown) is kept as
// the lighter store PouchDB was measured with before.
const pouchVariants: { label: string; adapter: string; batch?: number }[] = [
  { label: 'PouchDB idb (fake-indexeddb), default batch_size 100', adapter: 'idb' },
  { label: 'PouchDB idb (fake-indexeddb), batch_size 2000', adapter: 'idb', batch: 2000 },
  { label: 'PouchDB memory, default batch_size 100', adapter: 'memory' },
  { label: 'PouchDB memory, batch_size 2000', adapter: 'memory', batch: 2000 },
];

/**
 * Initial sync of `records` records into a fresh device: our SyncEngine (fake-indexeddb, SQLite server)
 * versus PouchDB replicating the same documents from express-pouchdb (memory adapter) into a fresh
 * PouchDB, whose device store is IndexedDB on the same fake-indexeddb as ours (like for like) and,
 * for reference, memory. Servers and clients all run in this process; bytes are counted on the
 * servers' sockets. Runs go round by round (ours, then each PouchDB variant), so a change in the
 * machine's load during the comparison falls on all of them alike.
 */
export async function comparePouch(kit: PouchKit, pgUrl: string, records = 10_000, runs = 3, log: (line: string) => void = () => {}): Promise<PouchComparison> {
  const server = await startBenchServer('sqlite', pgUrl, { email: technicianEmail(), count: 0 });
  // Undone last first when the comparison ends or fails.
  const cleanup: (() => Promise<unknown>)[] = [() => server.close()];
  try {
    const wire = countWireBytes(server.httpServer);
    const cookie = await server.cookieFor(technicianEmail());
    const tech = await server.db.selectFrom('people').select('id').where('email', '=', technicianEmail()).executeTakeFirstOrThrow();
    const demoRows = (await visibleRows(server.url, cookie)).length;
    await addTimeEntries(await bulkTarget(server.db, 'sqlite'), records - demoRows, () => tech.id);
    const docs = await visibleRows(server.url, cookie);
    const transport: Transport = (path, init) => {
      const headers = new Headers(init?.headers);
      headers.set('cookie', cookie);
      return fetch(`${server.url}${path}`, { ...init, headers });
    };
    const ours: Contender = {
      label: 'ours (SyncEngine, fake-indexeddb)',
      run: async () => {
        const device = new LocalDb(`pouch-cmp-${newId()}`);
        wire.reset();
        const s = process.hrtime.bigint();
        await new SyncEngine(device, transport).sync();
        const ms = msSince(s);
        const w = wire.read();
        const counts = await Promise.all(device.syncedTables.map((t) => t.count()));
        const stored = counts.reduce((a, b) => a + b, 0);
        if (stored !== docs.length) throw new Error(`our device stored ${stored} of ${docs.length}`);
        // Deleted like PouchDB's devices, so no run carries earlier runs' stores in memory.
        await device.delete();
        return { ms, bytesToClient: w.toClient, bytesToServer: w.toServer, records: stored };
      },
    };

    // PouchDB: the same documents in an in-memory database behind express-pouchdb.
    const ServerPouch = kit.PouchDB.defaults({ adapter: 'memory' });
    const source = new ServerPouch('records');
    cleanup.unshift(() => source.destroy());
    for (let i = 0; i < docs.length; i += 1000) await source.bulkDocs(docs.slice(i, i + 1000));
    const http = createServer(kit.expressPouchDb(ServerPouch, { mode: 'minimumForPouchDB' }));
    const pwire = countWireBytes(http);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
    cleanup.unshift(async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
    });
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/records`;
    const pouch = pouchVariants.map(
      (v): Contender => ({
        label: v.label,
        run: async () => {
          const local = new kit.PouchDB(`local-${newId()}`, { adapter: v.adapter });
          pwire.reset();
          const s = process.hrtime.bigint();
          const result = await local.replicate.from(url, v.batch ? { batch_size: v.batch } : {});
          const ms = msSince(s);
          const w = pwire.read();
          const info = await local.info();
          if (!result.ok || info.doc_count !== docs.length) throw new Error(`PouchDB replicated ${info.doc_count} of ${docs.length}`);
          if (info.adapter !== v.adapter) throw new Error(`PouchDB used the ${info.adapter} adapter instead of ${v.adapter}`);
          await local.destroy();
          return { ms, bytesToClient: w.toClient, bytesToServer: w.toServer, records: info.doc_count };
        },
      }),
    );

    const contenders = [ours, ...pouch];
    const results = contenders.map((): SyncRun[] => []);
    for (let i = 0; i < runs; i++) {
      for (const [k, c] of contenders.entries()) {
        const r = await c.run();
        results[k]!.push(r);
        log(`  round ${i + 1}, ${c.label}: ${Math.round(r.ms)} ms, ${r.bytesToClient} bytes to client`);
      }
    }
    const ourFigures = figures(ours.label, results[0]!);
    const pouchFigures = pouchVariants.map((v, k): PouchFigures => {
      const f = figures(v.label, results[k + 1]!);
      return { ...f, adapter: v.adapter, batchSize: v.batch ?? null, speedup: ratio(f.medianMs, ourFigures.medianMs), byteRatio: ratio(f.bytesToClient, ourFigures.bytesToClient) };
    });
    const ref = pouchFigures[0]!;
    return { records: docs.length, ours: ourFigures, pouch: pouchFigures, speedup: ref.speedup, byteRatio: ref.byteRatio };
  } finally {
    for (const undo of cleanup) await undo();
  }
}

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

export function formatPouch(c: PouchComparison): string[] {
  const line = (f: SyncFigures) => `  ${f.label}: ${f.medianMs} ms median of [${f.runs.join(', ')}], ${kib(f.bytesToClient)} to client + ${kib(f.bytesToServer)} to server, ${f.records} records`;
  return [
    `Initial sync of ${c.records} records into a fresh device (server + client in one process, bytes counted on the server's sockets):`,
    line(c.ours),
    ...c.pouch.map(line),
    ...c.pouch.map((p) => `  ours vs ${p.label}: ${p.speedup}x faster, ${p.byteRatio}x fewer bytes to the client`),
    `  like for like (both devices on fake-indexeddb, PouchDB's default batch size): ${c.speedup}x faster, ${c.byteRatio}x fewer bytes (goal >= 10x faster, fewer bytes)`,
  ];
}
