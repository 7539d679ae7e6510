import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Transport } from '../client/api/http';
import { LocalDb } from '../client/db/local-db';
import { SyncEngine } from '../client/sync/engine';
import { newId } from '../shared/ids/ids';
import type { PouchKit } from './pouchdb-load';
import { storedRows, timeStoreOnly } from './store-only';
import { visibleRows } from './pull-docs';
import { msSince, percentile } from './stats';
import type { SyncChildAsk, SyncChildConfig, SyncChildReady, SyncChildReply, SyncChildRequest } from './sync-child';
import { type ForkedChild, forkBenchChild } from './throughput';

/** `storeOnlyMs`, ours only: storing the same rows alone into a fresh database (store-only.ts). */
export type SyncRun = {
  ms: number;
  bytesToClient: number;
  bytesToServer: number;
  records: number;
  storeOnlyMs?: number;
};
export type SyncFigures = {
  label: string;
  medianMs: number;
  bytesToClient: number;
  bytesToServer: number;
  records: number;
  runs: number[];
  storeOnlyMs?: number[];
};
/** A PouchDB variant with how many times slower it was than ours and how many times more bytes it received. */
export type PouchFigures = SyncFigures & {
  adapter: string;
  batchSize: number | null;
  speedup: number;
  byteRatio: number;
};
/**
 * `speedup` and `byteRatio` are against the like-for-like reference: PouchDB on fake-indexeddb, default batch size.
 * `layout`: where the servers ran (each in its own forked process since this field exists).
 */
export type PouchComparison = {
  records: number;
  layout: 'forked-servers';
  ours: SyncFigures;
  pouch: PouchFigures[];
  speedup: number;
  byteRatio: number;
};

export const figures = (label: string, runs: SyncRun[]): SyncFigures => ({
  label,
  medianMs: Math.round(
    percentile(
      runs.map((r) => r.ms),
      50,
    ),
  ),
  bytesToClient: runs[0]!.bytesToClient,
  bytesToServer: runs[0]!.bytesToServer,
  records: runs[0]!.records,
  runs: runs.map((r) => Math.round(r.ms)),
  ...(runs[0]!.storeOnlyMs !== undefined ? { storeOnlyMs: runs.map((r) => Math.round(r.storeOnlyMs ?? 0)) } : {}),
});

const childScript = fileURLToPath(new URL('./sync-child.ts', import.meta.url));

export type ServerChild = ForkedChild<SyncChildReady> & {
  ask: (req: SyncChildAsk) => Promise<SyncChildReply & { ok: true }>;
};

/**
 * Forks one server of the comparison (sync-child.ts) and gives it a
 * request/answer channel over IPC (also used by browser/browser-compare.ts).
 */
export async function startServer(config: SyncChildConfig): Promise<ServerChild> {
  const forked = await forkBenchChild<SyncChildReady>(childScript, { BENCH_SYNC_CHILD: JSON.stringify(config) });
  let next = 0;
  const ask = (req: SyncChildAsk) => askChild(forked.child, { ...req, id: ++next });
  return { ...forked, ask };
}

function askChild(child: ChildProcess, req: SyncChildRequest): Promise<SyncChildReply & { ok: true }> {
  return new Promise((resolve, reject) => {
    // Gone already (its exit event is past): waiting for the answer would wait forever.
    if (!child.connected)
      return reject(new Error(`server child is gone (exit code ${child.exitCode}) when asked to ${req.type}`));
    const onMessage = (m: unknown) => {
      const r = m as SyncChildReply;
      if (r.type !== 'reply' || r.id !== req.id) return;
      done();
      if (r.ok) resolve(r);
      else reject(new Error(`server child (${req.type}): ${r.error}`));
    };
    // An answer that can no longer come must not leave the comparison waiting.
    const onExit = (code: number | null) => {
      done();
      reject(new Error(`server child exited with ${code} while asked to ${req.type}`));
    };
    const done = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send(req);
  });
}

export const wireOf = (r: { wire?: { toClient: number; toServer: number } }) => {
  if (!r.wire) throw new Error('server child sent no byte counts');
  return r.wire;
};

export const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;

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
 * for reference, memory. Each server runs in its own forked Node process (tsx loader, as a
 * deployment or pouchdb-server would run it), both devices in this one; each server counts the
 * bytes on its own sockets and reports them over IPC. Runs go round by round (ours, then each
 * PouchDB variant), so a change in the machine's load during the comparison falls on all of them alike.
 */
export async function comparePouch(
  kit: PouchKit,
  records = 10_000,
  runs = 5,
  log: (line: string) => void = () => {},
): Promise<PouchComparison> {
  // Stopped last started first when the comparison ends or fails; a child that dies on its own is
  // found by its pending request or by stop().
  const children: ServerChild[] = [];
  try {
    const ourServer = await startServer({ mode: 'ours', records });
    children.unshift(ourServer);
    const { url: ourUrl, cookie } = ourServer.ready;
    if (!cookie) throw new Error('our server child sent no session cookie');
    // The documents PouchDB gets are exactly what our pull delivers to this technician.
    const docs = await visibleRows(ourUrl, cookie);
    const transport: Transport = (path, init) => {
      const headers = new Headers(init?.headers);
      headers.set('cookie', cookie);
      return fetch(`${ourUrl}${path}`, { ...init, headers });
    };
    const ours: Contender = {
      label: 'ours (SyncEngine, fake-indexeddb)',
      run: async () => {
        const device = new LocalDb(`pouch-cmp-${newId()}`);
        await ourServer.ask({ type: 'reset' });
        const s = process.hrtime.bigint();
        await new SyncEngine(device, transport).sync();
        const ms = msSince(s);
        const w = wireOf(await ourServer.ask({ type: 'read' }));
        const stored = await storedRows(device);
        if (stored !== docs.length) throw new Error(`our device stored ${stored} of ${docs.length}`);
        // Reference, after the timed sync: the same rows stored again into a fresh database, nothing else.
        const again = new LocalDb(`pouch-cmp-store-${newId()}`);
        const storeOnlyMs = await timeStoreOnly(device, again);
        await again.delete();
        // Deleted like PouchDB's devices, so no run carries earlier runs' stores in memory.
        await device.delete();
        return { ms, storeOnlyMs, bytesToClient: w.toClient, bytesToServer: w.toServer, records: stored };
      },
    };

    // PouchDB: the same documents in an in-memory database behind express-pouchdb, in its own process.
    const pouchServer = await startServer({ mode: 'pouch' });
    children.unshift(pouchServer);
    const loaded = (await pouchServer.ask({ type: 'load', docs })).docCount;
    if (loaded !== docs.length) throw new Error(`the PouchDB server holds ${loaded} of ${docs.length} documents`);
    const url = pouchServer.ready.url;
    const pouch = pouchVariants.map(
      (v): Contender => ({
        label: v.label,
        run: async () => {
          const local = new kit.PouchDB(`local-${newId()}`, { adapter: v.adapter });
          await pouchServer.ask({ type: 'reset' });
          const s = process.hrtime.bigint();
          const result = await local.replicate.from(url, v.batch ? { batch_size: v.batch } : {});
          const ms = msSince(s);
          const w = wireOf(await pouchServer.ask({ type: 'read' }));
          const info = await local.info();
          if (!result.ok || info.doc_count !== docs.length)
            throw new Error(`PouchDB replicated ${info.doc_count} of ${docs.length}`);
          if (info.adapter !== v.adapter)
            throw new Error(`PouchDB used the ${info.adapter} adapter instead of ${v.adapter}`);
          await local.destroy();
          return { ms, bytesToClient: w.toClient, bytesToServer: w.toServer, records: info.doc_count };
        },
      }),
    );

    const contenders = [ours, ...pouch];
    const results = contenders.map((): SyncRun[] => []);
    // Round 0 warms up every contender alike (JIT, module loading, the servers' first reads) and is
    // not counted: with three rounds its cold run would otherwise decide the median half the time.
    for (let i = 0; i <= runs; i++) {
      for (const [k, c] of contenders.entries()) {
        const r = await c.run();
        if (i > 0) results[k]!.push(r);
        log(
          `  round ${i}${i === 0 ? ' (warm-up, not counted)' : ''}, ` +
            `${c.label}: ${Math.round(r.ms)} ms, ${r.bytesToClient} bytes to client`,
        );
      }
    }
    const ourFigures = figures(ours.label, results[0]!);
    const pouchFigures = pouchVariants.map((v, k): PouchFigures => {
      const f = figures(v.label, results[k + 1]!);
      return {
        ...f,
        adapter: v.adapter,
        batchSize: v.batch ?? null,
        speedup: ratio(f.medianMs, ourFigures.medianMs),
        byteRatio: ratio(f.bytesToClient, ourFigures.bytesToClient),
      };
    });
    const ref = pouchFigures[0]!;
    return {
      records: docs.length,
      layout: 'forked-servers',
      ours: ourFigures,
      pouch: pouchFigures,
      speedup: ref.speedup,
      byteRatio: ref.byteRatio,
    };
  } finally {
    for (const c of children) await c.stop();
  }
}

export const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

export function formatPouch(c: PouchComparison): string[] {
  const line = (f: SyncFigures) =>
    `  ${f.label}: ${f.medianMs} ms median of [${f.runs.join(', ')}], ` +
    `${kib(f.bytesToClient)} to client + ${kib(f.bytesToServer)} to server, ${f.records} records`;
  return [
    `Initial sync of ${c.records} records into a fresh device ` +
      "(each server in its own forked process, both devices in this one; bytes counted on the server's sockets; " +
      'after one warm-up round for all):',
    line(c.ours),
    ...c.pouch.map(line),
    ...c.pouch.map((p) => `  ours vs ${p.label}: ${p.speedup}x faster, ${p.byteRatio}x fewer bytes to the client`),
    "  like for like (both devices on fake-indexeddb, PouchDB's default batch size): " +
      `${c.speedup}x faster, ${c.byteRatio}x fewer bytes (goal >= 10x faster, fewer bytes)`,
    ...(c.ours.storeOnlyMs
      ? [
          '  reference: storing the same rows alone into a fresh database (no network, server or parsing): ' +
            `${Math.round(percentile(c.ours.storeOnlyMs, 50))} ms median of [${c.ours.storeOnlyMs.join(', ')}]; ` +
            `PouchDB's default divided by it: ${ratio(c.pouch[0]!.medianMs, percentile(c.ours.storeOnlyMs, 50))}x`,
        ]
      : []),
  ];
}
