/**
 * `npm run bench:coordinator`: a coordinator's fresh device pulling a year of the association's assignments
 * (200 people, one assignment each weekday: about 52,000, with the demo data) in headless Chromium on its real
 * IndexedDB: our LocalDb and SyncEngine unchanged (browser/our-device.ts), the server on SQLite in its own
 * process (sync-child.ts, `coordinator` mode). Each run gets a new Chromium profile; the page logs in first,
 * then times `SyncEngine.sync()` from empty to done. Beside it, as in the Chromium comparison, storing the same
 * rows alone (store-only.ts). Medians of --runs=N (3). Options: --people=N (200), --json.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../server/demo/data';
import { coordinatorEmail } from './bench-server';
import { DEFAULT_CHROMIUM, inFreshBrowser, removeDir, tempDir, withTimeout } from './browser/browser-compare';
import { bundlePages } from './browser/bundle';
import type { OurPageRun } from './browser/page-api';
import { startServer, wireOf } from './pouchdb-compare';
import { argValue, percentile, round2 } from './stats';

export type CoordinatorSyncBench = {
  people: number;
  assignments: number;
  /** Every row the coordinator's pull holds (assignments, people, profiles, the demo data). */
  rows: number;
  runs: number;
  layout: 'server child on SQLite, device in headless Chromium (IndexedDB)';
  loadAverage: { start: number[]; end: number[] };
  syncMs: number[];
  storeOnlyMs: number[];
  requests: number;
  bytesToClient: number;
  /** The goal figure (report only): median of syncMs. */
  medianMs: number;
  storeOnlyMedianMs: number;
};

const PREFIX = '/__bench/';
const RUN_TIMEOUT_MS = 10 * 60_000;

export async function coordinatorSyncBench(
  options: { people?: number; runs?: number; chromium?: string; log?: (l: string) => void } = {},
): Promise<CoordinatorSyncBench | { skipped: string }> {
  const executablePath = options.chromium ?? process.env['CHROMIUM'] ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) return { skipped: `no Chromium at ${executablePath} (set CHROMIUM=…)` };
  const people = options.people ?? 200;
  const runs = options.runs ?? 3;
  const log = options.log ?? (() => {});
  const start = loadavg();
  const assets = { dir: tempDir('ikz-bench-pages-'), prefix: PREFIX };
  try {
    await bundlePages(assets.dir, ['ours']);
    const server = await startServer({ mode: 'coordinator', people, assets });
    try {
      const { url, rows = 0, assignments = 0 } = server.ready;
      const results: (OurPageRun & { bytesToClient: number })[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await inFreshBrowser(executablePath, `${url}${PREFIX}ours.html`, async (page) => {
          await page.evaluate(
            ([e, p]) => {
              if (!window.ikzOurPage) throw new Error('our bench page did not load');
              return window.ikzOurPage.login(e, p);
            },
            [coordinatorEmail(), DEMO_PASSWORD] as const,
          );
          await server.ask({ type: 'reset' });
          const run = await withTimeout(
            page.evaluate(() => {
              if (!window.ikzOurPage) throw new Error('our bench page did not load');
              return window.ikzOurPage.syncOnce();
            }),
            RUN_TIMEOUT_MS,
            'the coordinator’s sync',
          );
          return { ...run, bytesToClient: wireOf(await server.ask({ type: 'read' })).toClient };
        });
        if (r.phase !== 'idle') throw new Error(`the sync ended in phase ${r.phase}: ${r.error}`);
        if (r.stored !== rows) throw new Error(`the device stored ${r.stored} of ${rows} rows`);
        const alone = Math.round(r.storeOnlyMs);
        log(`  run ${i + 1}: ${Math.round(r.ms)} ms (storing alone ${alone} ms), ${r.requests} requests`);
        results.push(r);
      }
      const syncMs = results.map((r) => round2(r.ms));
      const storeOnlyMs = results.map((r) => round2(r.storeOnlyMs));
      const out: CoordinatorSyncBench = {
        people,
        assignments,
        rows,
        runs,
        layout: 'server child on SQLite, device in headless Chromium (IndexedDB)',
        loadAverage: { start: start.map(round2), end: loadavg().map(round2) },
        syncMs,
        storeOnlyMs,
        requests: results[0]!.requests,
        bytesToClient: results[0]!.bytesToClient,
        medianMs: round2(percentile(syncMs, 50)),
        storeOnlyMedianMs: round2(percentile(storeOnlyMs, 50)),
      };
      log(
        `Coordinator's first sync, ${people} people × a year (${assignments} assignments, ${rows} rows) in Chromium: ` +
          `${out.medianMs} ms (median of ${runs}; storing alone ${out.storeOnlyMedianMs} ms; ` +
          `${out.bytesToClient} bytes, ${out.requests} requests)`,
      );
      return out;
    } finally {
      await server.stop();
    }
  } finally {
    removeDir(assets.dir);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await coordinatorSyncBench({
    people: Number(argValue('people') ?? 200),
    runs: Number(argValue('runs') ?? 3),
    log: (l) => console.log(l),
  });
  if ('skipped' in result) console.error(`bench:coordinator skipped: ${result.skipped}`);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ coordinatorSync: result }));
}
