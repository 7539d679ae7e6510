/**
 * Initial sync of a fresh device versus PouchDB replication, both devices in headless Chromium on
 * its real IndexedDB (pouchdb-compare.ts does the same with both devices in Node on fake-indexeddb).
 *
 * Servers as in pouchdb-compare.ts: each in its own forked Node process (sync-child.ts), ours on
 * SQLite with the records visible to the technician, express-pouchdb (memory adapter) holding the
 * same rows as documents. Each child also serves the two bench pages (bundle.ts) on its own origin,
 * so our page logs in and syncs with its own session cookie, and PouchDB replicates without CORS.
 *
 * Every run gets a new Chromium with a new, empty profile directory (a persistent profile, so
 * IndexedDB is written to disk as on a device; an incognito context would keep it in memory). The
 * page is loaded and logged in first; then the server's byte counter is reset and the page times
 * the sync alone with performance.now(). Rounds alternate between the contenders, so a change in
 * the machine's load falls on all of them alike.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/demo/data';
import { technicianEmail } from '../bench-server';
import {
  figures,
  ratio,
  type ServerChild,
  startServer,
  type SyncFigures,
  type SyncRun,
  wireOf,
} from '../pouchdb-compare';
import { POUCH_PACKAGES } from '../pouchdb-load';
import { visibleRows } from '../pull-docs';
import type { BenchAssets } from '../sync-child';
import { bestPouch, vsStoreOnly } from './browser-ratios';
import { bundlePages, type BenchPageName } from './bundle';
import type { OurPageRun, PouchPageRun } from './page-api';
import type { RequestLog } from './page-timing';

/**
 * The flags of the e2e harness (client/e2e/harness.ts): no GPU,
 * no sandbox, nothing in the background that reaches the network.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The Node comparison's packages plus `events`, which PouchDB's browser code imports and Node has built in. */
export const BROWSER_POUCH_PACKAGES = [...POUCH_PACKAGES, 'events@3.3.0'];
/** One command for all of them: a second `npm install --no-save` would remove what the first installed. */
export const BROWSER_POUCH_INSTALL = `npm install --no-save ${BROWSER_POUCH_PACKAGES.join(' ')}`;

/** The packages of BROWSER_POUCH_PACKAGES that are not in node_modules. */
export function missingPouchPackages(): string[] {
  const require = createRequire(import.meta.url);
  return BROWSER_POUCH_PACKAGES.map((p) => p.replace(/@[^@]*$/, '')).filter((name) => {
    try {
      // package.json, not the name: `events` alone would resolve to Node's built-in module.
      require.resolve(`${name}/package.json`);
      return false;
    } catch {
      return true;
    }
  });
}

/** A run plus the requests the page made during it (Resource Timing): how many, and when the last answer was in. */
export type BrowserRun = SyncRun & RequestLog & { storeOnlyMs?: number };
/** `requests` of the first run; `networkDoneMs` per run, ms after the start when the last answer was complete. */
export type BrowserFigures = SyncFigures & {
  requests: number;
  networkDoneMs: number[];
  /** Ours only: storing the same rows alone, per run (see store-only.ts). */
  storeOnlyMs?: number[];
};
/** A PouchDB variant with how many times slower it was than ours and how many times more bytes it received. */
export type BrowserPouchFigures = BrowserFigures & {
  adapter: string;
  batchSize: number | null;
  speedup: number;
  byteRatio: number;
};

export type BrowserComparison = {
  records: number;
  layout: 'forked-servers, devices in headless Chromium';
  /** Chromium's product and version, e.g. HeadlessChrome/156.0.8078.79. */
  browser: string;
  /** Size of the two page bundles (loaded before the timed part, not counted in the bytes). */
  bundleBytes: Record<BenchPageName, number>;
  /** os.loadavg() when the comparison started and when it ended (1, 5, 15 minutes). */
  loadAverage: { start: number[]; end: number[] };
  ours: BrowserFigures;
  pouch: BrowserPouchFigures[];
  /** Against PouchDB's default batch size. */
  speedup: number;
  byteRatio: number;
  /** Goal figure: median over runs of our sync divided by storing the same rows alone in that run. */
  vsStoreOnlyX: number;
  /** Goal figure: PouchDB's fastest variant's median divided by ours. */
  pouchBestBatchX: number;
  /** The batch size of that variant (null: PouchDB's default). */
  pouchBestBatchSize: number | null;
};

export type BrowserOptions = { chromium?: string; records?: number; runs?: number; log?: (line: string) => void };

const PREFIX = '/__bench/';
/** Longest a timed sync may take before the run counts as hung (the browser is then closed). */
const RUN_TIMEOUT_MS = 5 * 60_000;

/** PouchDB's default and three larger batch sizes: the goal is against whichever is fastest in the run. */
const pouchVariants: { label: string; adapter: string; batch?: number }[] = [
  { label: 'PouchDB idb (Chromium IndexedDB), default batch_size 100', adapter: 'idb' },
  ...[1000, 2000, 5000].map((batch) => ({
    label: `PouchDB idb (Chromium IndexedDB), batch_size ${batch}`,
    adapter: 'idb',
    batch,
  })),
];

/** Folders this process made and has not removed yet; removed on exit, should a run be interrupted. */
const tempDirs = new Set<string>();
export const removeDir = (dir: string) => {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
};
process.once('exit', () => {
  for (const dir of tempDirs) {
    try {
      removeDir(dir);
    } catch {
      // Exiting anyway; a folder in tmp is all that is left.
    }
  }
});
export const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
};

export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Starts Chromium on a new empty profile, opens `url` and hands the page to `fn`; the browser is
 * closed and its profile removed afterwards, also when `fn` fails. Errors the page throws are
 * added to the error `fn` fails with.
 */
export async function inFreshBrowser<T>(
  executablePath: string,
  url: string,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const profile = tempDir('ikz-bench-profile-');
  let context: BrowserContext | undefined;
  const pageErrors: string[] = [];
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, headless: true });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (err) => pageErrors.push(err.message));
    const res = await page.goto(url);
    if (!res?.ok()) throw new Error(`${url}: ${res?.status() ?? 'no answer'}`);
    return await fn(page);
  } catch (err) {
    if (pageErrors.length === 0) throw err;
    throw new Error(`${err instanceof Error ? err.message : String(err)} (page errors: ${pageErrors.join('; ')})`);
  } finally {
    try {
      await context?.close();
    } finally {
      removeDir(profile);
    }
  }
}

type Contender = { label: string; run: () => Promise<BrowserRun> };

const browserFigures = (label: string, runs: BrowserRun[]): BrowserFigures => ({
  ...figures(label, runs),
  requests: runs[0]!.requests,
  networkDoneMs: runs.map((r) => Math.round(r.networkDoneMs)),
  ...(runs[0]!.storeOnlyMs !== undefined ? { storeOnlyMs: runs.map((r) => Math.round(r.storeOnlyMs ?? 0)) } : {}),
});

export async function compareInBrowser(options: BrowserOptions = {}): Promise<BrowserComparison> {
  const executablePath = options.chromium ?? DEFAULT_CHROMIUM;
  const records = options.records ?? 10_000;
  const runs = options.runs ?? 3;
  const log = options.log ?? (() => {});
  const startLoad = loadavg();
  const assets: BenchAssets = { dir: tempDir('ikz-bench-pages-'), prefix: PREFIX };
  // Stopped last started first when the comparison ends or fails.
  const children: ServerChild[] = [];
  try {
    const bundleBytes = await bundlePages(assets.dir);
    const ourServer = await startServer({ mode: 'ours', records, assets });
    children.unshift(ourServer);
    const { url: ourUrl, cookie } = ourServer.ready;
    if (!cookie) throw new Error('our server child sent no session cookie');
    // The documents PouchDB gets are exactly what our pull delivers to this technician.
    const docs = await visibleRows(ourUrl, cookie);
    const pouchServer = await startServer({ mode: 'pouch', assets });
    children.unshift(pouchServer);
    const loaded = (await pouchServer.ask({ type: 'load', docs })).docCount;
    if (loaded !== docs.length) throw new Error(`the PouchDB server holds ${loaded} of ${docs.length} documents`);
    const remote = pouchServer.ready.url;
    const pouchOrigin = new URL(remote).origin;

    let browser = '';
    // From the DevTools protocol: the user agent string gives only the major version.
    const noteBrowser = async (page: Page) => {
      if (!browser) browser = (await (await page.context().newCDPSession(page)).send('Browser.getVersion')).product;
    };
    const email = technicianEmail();

    const ours: Contender = {
      label: 'ours (SyncEngine, Chromium IndexedDB)',
      run: () =>
        inFreshBrowser(executablePath, `${ourUrl}${PREFIX}ours.html`, async (page) => {
          await noteBrowser(page);
          // A new device logs in first, as in the app; not part of the sync.
          await page.evaluate(
            ([e, p]) => {
              if (!window.ikzOurPage) throw new Error('our bench page did not load');
              return window.ikzOurPage.login(e, p);
            },
            [email, DEMO_PASSWORD] as const,
          );
          await ourServer.ask({ type: 'reset' });
          const r: OurPageRun = await withTimeout(
            page.evaluate(() => {
              if (!window.ikzOurPage) throw new Error('our bench page did not load');
              return window.ikzOurPage.syncOnce();
            }),
            RUN_TIMEOUT_MS,
            'our sync',
          );
          const w = wireOf(await ourServer.ask({ type: 'read' }));
          if (r.phase !== 'idle') throw new Error(`our sync ended in phase ${r.phase}: ${r.error}`);
          if (r.stored !== docs.length) throw new Error(`our device stored ${r.stored} of ${docs.length}`);
          return {
            ms: r.ms,
            storeOnlyMs: r.storeOnlyMs,
            bytesToClient: w.toClient,
            bytesToServer: w.toServer,
            records: r.stored,
            requests: r.requests,
            networkDoneMs: r.networkDoneMs,
          };
        }),
    };
    const pouch = pouchVariants.map(
      (v): Contender => ({
        label: v.label,
        run: () =>
          inFreshBrowser(executablePath, `${pouchOrigin}${PREFIX}pouch.html`, async (page) => {
            await noteBrowser(page);
            await pouchServer.ask({ type: 'reset' });
            const r: PouchPageRun = await withTimeout(
              page.evaluate(
                ([url, adapter, batch]) => {
                  if (!window.ikzPouchPage) throw new Error('the PouchDB bench page did not load');
                  return window.ikzPouchPage.replicateOnce(url, adapter, batch);
                },
                [remote, v.adapter, v.batch ?? null] as const,
              ),
              RUN_TIMEOUT_MS,
              'PouchDB replication',
            );
            const w = wireOf(await pouchServer.ask({ type: 'read' }));
            if (!r.ok || r.docCount !== docs.length)
              throw new Error(`PouchDB replicated ${r.docCount} of ${docs.length} (ok: ${r.ok})`);
            if (r.adapter !== v.adapter)
              throw new Error(`PouchDB used the ${r.adapter} adapter instead of ${v.adapter}`);
            return {
              ms: r.ms,
              bytesToClient: w.toClient,
              bytesToServer: w.toServer,
              records: r.docCount,
              requests: r.requests,
              networkDoneMs: r.networkDoneMs,
            };
          }),
      }),
    );

    const contenders = [ours, ...pouch];
    const results = contenders.map((): BrowserRun[] => []);
    for (let i = 0; i < runs; i++) {
      for (const [k, c] of contenders.entries()) {
        const r = await c.run();
        results[k]!.push(r);
        log(
          `  round ${i + 1}, ${c.label}: ${Math.round(r.ms)} ms ` +
            `(last answer in at ${Math.round(r.networkDoneMs)} ms, ${r.requests} requests), ` +
            `${r.bytesToClient} bytes to client, ${r.bytesToServer} to server`,
        );
      }
    }
    const ourFigures = browserFigures(ours.label, results[0]!);
    const pouchFigures = pouchVariants.map((v, k): BrowserPouchFigures => {
      const f = browserFigures(v.label, results[k + 1]!);
      return {
        ...f,
        adapter: v.adapter,
        batchSize: v.batch ?? null,
        speedup: ratio(f.medianMs, ourFigures.medianMs),
        byteRatio: ratio(f.bytesToClient, ourFigures.bytesToClient),
      };
    });
    const ref = pouchFigures[0]!;
    const best = bestPouch(pouchFigures, ourFigures.medianMs);
    return {
      records: docs.length,
      layout: 'forked-servers, devices in headless Chromium',
      browser,
      bundleBytes,
      loadAverage: { start: startLoad.map(round2), end: loadavg().map(round2) },
      ours: ourFigures,
      pouch: pouchFigures,
      speedup: ref.speedup,
      byteRatio: ref.byteRatio,
      vsStoreOnlyX: vsStoreOnly(results[0]!.map((r) => ({ ms: r.ms, storeOnlyMs: r.storeOnlyMs ?? Number.NaN }))),
      pouchBestBatchX: best.x,
      pouchBestBatchSize: best.best.batchSize,
    };
  } finally {
    for (const c of children) await c.stop();
    removeDir(assets.dir);
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;
