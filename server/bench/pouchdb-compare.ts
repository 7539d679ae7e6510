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
export type PouchComparison = { records: number; ours: SyncFigures; pouch: SyncFigures[]; speedup: number; byteRatio: number };

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

/**
 * Initial sync of `records` records into a fresh device: our SyncEngine (fake-indexeddb, SQLite server)
 * versus PouchDB replicating the same documents from express-pouchdb (memory adapter) into a fresh
 * PouchDB. Servers and clients all run in this process; bytes are counted on the servers' sockets.
 */
export async function comparePouch(kit: PouchKit, pgUrl: string, records = 10_000, runs = 3, log: (line: string) => void = () => {}): Promise<PouchComparison> {
  const server = await startBenchServer('sqlite', pgUrl, { email: technicianEmail(), count: 0 });
  const wire = countWireBytes(server.httpServer);
  const ourRuns: SyncRun[] = [];
  let docs: PouchDoc[];
  try {
    const cookie = await server.cookieFor(technicianEmail());
    const tech = await server.db.selectFrom('people').select('id').where('email', '=', technicianEmail()).executeTakeFirstOrThrow();
    const demoRows = (await visibleRows(server.url, cookie)).length;
    await addTimeEntries(await bulkTarget(server.db, 'sqlite'), records - demoRows, () => tech.id);
    docs = await visibleRows(server.url, cookie);
    const transport: Transport = (path, init) => {
      const headers = new Headers(init?.headers);
      headers.set('cookie', cookie);
      return fetch(`${server.url}${path}`, { ...init, headers });
    };
    for (let i = 0; i < runs; i++) {
      const device = new LocalDb(`pouch-cmp-${newId()}`);
      wire.reset();
      const s = process.hrtime.bigint();
      await new SyncEngine(device, transport).sync();
      const ms = msSince(s);
      const counts = await Promise.all([device.municipalities.count(), device.sites.count(), device.serviceTypes.count(), device.people.count(), device.assignments.count(), device.timeEntries.count()]);
      const w = wire.read();
      ourRuns.push({ ms, bytesToClient: w.toClient, bytesToServer: w.toServer, records: counts.reduce((a, b) => a + b, 0) });
      device.close();
      log(`  ours run ${i + 1}: ${Math.round(ms)} ms, ${w.toClient} bytes to client`);
    }
  } finally {
    await server.close();
  }

  // PouchDB: the same documents in an in-memory database behind express-pouchdb.
  const ServerPouch = kit.PouchDB.defaults({ adapter: 'memory' });
  const remote = new ServerPouch('records');
  for (let i = 0; i < docs.length; i += 1000) await remote.bulkDocs(docs.slice(i, i + 1000));
  const http = createServer(kit.expressPouchDb(ServerPouch, { mode: 'minimumForPouchDB' }));
  const pwire = countWireBytes(http);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  const source = `http://127.0.0.1:${(http.address() as AddressInfo).port}/records`;
  // PouchDB's idb adapter aborts on fake-indexeddb, so its device store is memdown (which favours PouchDB).
  const variants: { label: string; adapter: string; batch?: number }[] = [
    { label: 'PouchDB memory, default batch_size 100', adapter: 'memory' },
    { label: 'PouchDB memory, batch_size 2000', adapter: 'memory', batch: 2000 },
  ];
  const pouch: SyncFigures[] = [];
  try {
    for (const v of variants) {
      const vr: SyncRun[] = [];
      for (let i = 0; i < runs; i++) {
        const local = new kit.PouchDB(`local-${newId()}`, { adapter: v.adapter });
        pwire.reset();
        const s = process.hrtime.bigint();
        const result = await local.replicate.from(source, v.batch ? { batch_size: v.batch } : {});
        const ms = msSince(s);
        const w = pwire.read();
        const info = await local.info();
        if (!result.ok || info.doc_count !== docs.length) throw new Error(`PouchDB replicated ${info.doc_count} of ${docs.length}`);
        vr.push({ ms, bytesToClient: w.toClient, bytesToServer: w.toServer, records: info.doc_count });
        await local.destroy();
        log(`  ${v.label} run ${i + 1}: ${Math.round(ms)} ms, ${w.toClient} bytes to client`);
      }
      pouch.push(figures(v.label, vr));
    }
  } finally {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    http.closeAllConnections();
    await remote.destroy();
  }
  const ours = figures('ours (SyncEngine, fake-indexeddb)', ourRuns);
  const ref = pouch[0]!;
  return { records: docs.length, ours, pouch, speedup: Math.round((ref.medianMs / ours.medianMs) * 10) / 10, byteRatio: Math.round((ref.bytesToClient / ours.bytesToClient) * 10) / 10 };
}

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

export function formatPouch(c: PouchComparison): string[] {
  const line = (f: SyncFigures) => `  ${f.label}: ${f.medianMs} ms median of [${f.runs.join(', ')}], ${kib(f.bytesToClient)} to client + ${kib(f.bytesToServer)} to server, ${f.records} records`;
  return [
    `Initial sync of ${c.records} records into a fresh device (server + client in one process, bytes counted on the server's sockets):`,
    line(c.ours),
    ...c.pouch.map(line),
    `  ours vs PouchDB default: ${c.speedup}x faster, ${c.byteRatio}x fewer bytes to the client (goal >= 10x faster, fewer bytes)`,
  ];
}
