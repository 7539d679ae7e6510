import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SessionUser } from '../shared/auth/schemas';
import { newId } from '../shared/ids/ids';
import type { Transport } from '../client/api/http';
import { LocalDb } from '../client/db/local-db';
import { pullAll, pushAll, SyncEngine } from '../client/sync/engine';
import { createTimeEntry } from '../client/time-entries/local-writes';
import { startBenchServer, technicianEmail } from './bench-server';
import { formatBrowser } from './browser/browser-format';
import { type BrowserPart, browserPart } from './browser/browser-part';
import { type CandidateRankingBench, candidateRankingBench } from './candidate-ranking';
import { benchGoals } from './goals';
import { type SeriesFeedBench, seriesFeedBench } from './series-feed';
import { comparePouch, formatPouch, type PouchComparison } from './pouchdb-compare';
import { loadPouch, POUCH_INSTALL } from './pouchdb-load';
import { formatLighthouse, type LighthouseBench, lighthouseBench } from './lighthouse/lighthouse-bench';
import { firstLoadRouteBytes } from './lighthouse/route-bytes';
import { formatFlatness, type PullScaling, pullScaling } from './pull-scaling';
import { peopleListBench, type PeopleListBench } from './people-list';
import { type CoordinatorSyncBench, coordinatorSyncBench } from './coordinator-sync';
import { type PlannerBench, plannerBench } from './planner-board';
import { formatPushFloor, pgReachable, type PushFloor, pushFloor } from './push-floor';
import { type AuditOverhead, auditOverhead, formatAuditOverhead } from './audit-overhead';
import { argValue, parseCount } from './stats';
import { formatThroughput, noopThroughput, type ThroughputResult } from './throughput';

const json = process.argv.includes('--json');
const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const log = (...args: unknown[]) => console.log(...args);

/** Gzip size of the JS the browser must load before the first screen: entry script plus modulepreloads. */
function firstLoadJs(dist = 'dist/client'): { files: string[]; gzipBytes: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => (m[1] ?? m[2])!);
  const gzipBytes = files.reduce(
    (n, f) => n + gzipSync(readFileSync(join(dist, f.replace(/^\//, ''))), { level: 9 }).length,
    0,
  );
  return { files, gzipBytes };
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function syncFigures(kind: 'sqlite' | 'postgres') {
  const server = await startBenchServer(kind, pgUrl, { email: technicianEmail(), count: 10_000 });
  try {
    const cookie = await server.cookieFor(technicianEmail());
    let networkMs = 0;
    let wireBytes = 0;
    // Time and bytes spent waiting for the server, to split server from device work.
    const transport: Transport = async (path, init) => {
      const headers = new Headers(init?.headers);
      headers.set('cookie', cookie);
      const s = process.hrtime.bigint();
      const res = await fetch(`${server.url}${path}`, { ...init, headers });
      const body = await res.arrayBuffer();
      networkMs += ms(s);
      wireBytes += Number(res.headers.get('content-length') ?? body.byteLength);
      return new Response(body, { status: res.status, headers: res.headers });
    };
    const user = ((await (await transport('/api/auth/me')).json()) as { user: SessionUser }).user;

    // Baseline in the same run: one tiny authenticated round trip.
    const rt: number[] = [];
    for (let i = 0; i < 20; i++) {
      const s = process.hrtime.bigint();
      await (await transport('/api/auth/me')).arrayBuffer();
      rt.push(ms(s));
    }

    const device = new LocalDb(`bench-${newId()}`);
    networkMs = 0;
    wireBytes = 0;
    let s = process.hrtime.bigint();
    const pulledRows = await pullAll(device, transport);
    const pull10kMs = ms(s);
    const pull10kServerMs = networkMs;
    const pull10kBytes = wireBytes;
    const localEntries = await device.timeEntries.count();

    const m = (await device.municipalities.toArray())[0]!;
    const st = (await device.serviceTypes.toArray())[0]!;
    for (let i = 0; i < 1000; i++) {
      await createTimeEntry(
        device,
        user,
        {
          date: '2026-11-02',
          start: '08:00',
          end: '09:00',
          breakMinutes: 0,
          municipalityId: m.id,
          siteId: null,
          serviceTypeId: st.id,
          assignmentId: null,
          note: `offline ${i}`,
        },
        new Date('2026-11-03T10:00:00Z'),
      );
    }
    networkMs = 0;
    s = process.hrtime.bigint();
    await pushAll(device, transport);
    const push1000Ms = ms(s);
    const push1000ServerMs = networkMs;
    const problems = await device.problems.count();

    const engine = new SyncEngine(device, transport);
    await engine.sync();
    const noop: number[] = [];
    for (let i = 0; i < 30; i++) {
      s = process.hrtime.bigint();
      await engine.sync();
      noop.push(ms(s));
    }
    noop.sort((a, b) => a - b);
    rt.sort((a, b) => a - b);
    device.close();
    return {
      dialect: kind,
      pulledRows,
      localEntries,
      pull10kMs: Math.round(pull10kMs),
      pull10kServerMs: Math.round(pull10kServerMs),
      pull10kWireBytes: pull10kBytes,
      push1000Ms: Math.round(push1000Ms),
      push1000ServerMs: Math.round(push1000ServerMs),
      push1000Problems: problems,
      noopSyncMedianMs: +noop[Math.floor(noop.length / 2)]!.toFixed(2),
      baselineRoundTripMedianMs: +rt[Math.floor(rt.length / 2)]!.toFixed(2),
    };
  } finally {
    await server.close();
  }
}

// Options: --sizes=10k,100k,1M  --samples=30  --connections=200  --seconds=15 (per contender, in 3 rounds)
//          --calibrate=5 (µs; 0: none)
//          --skip=scaling,throughput,pouchdb,pushfloor,audit,browser,people,planner,candidates,coordinator,
//                 series,lighthouse
const sizes = (argValue('sizes') ?? '10k,100k,1M').split(',').map(parseCount);
const samples = Number(argValue('samples') ?? 30);
const connections = Number(argValue('connections') ?? 200);
const seconds = Number(argValue('seconds') ?? 15);
const calibrationMicros = Number(argValue('calibrate') ?? 5);
const skip = new Set((argValue('skip') ?? '').split(','));

const bundle = firstLoadJs();
log(`First-load JS: ${(bundle.gzipBytes / 1024).toFixed(1)} KB gzip (${bundle.files.join(', ')})`);
const pg = await pgReachable(pgUrl);
const dialects: ('sqlite' | 'postgres')[] = pg ? ['sqlite', 'postgres'] : ['sqlite'];
const results = [await syncFigures('sqlite')];
if (pg) results.push(await syncFigures('postgres'));
else log(`PostgreSQL not reachable at ${pgUrl}: skipped (set BENCH_DATABASE_URL)`);
for (const r of results) {
  log(
    `${r.dialect.padEnd(8)} pull 10k entries into a fresh device: ${r.pull10kMs} ms ` +
      `(server ${r.pull10kServerMs} ms, ${(r.pull10kWireBytes / 1024).toFixed(0)} KiB on the wire, ` +
      `${r.pulledRows} rows) | ` +
      `push 1,000 offline changes: ${r.push1000Ms} ms (server ${r.push1000ServerMs} ms) | ` +
      `no-op sync: ${r.noopSyncMedianMs} ms median (baseline round trip ${r.baselineRoundTripMedianMs} ms)`,
  );
}

// 0. Push of 1,000 changes, server time, next to 1,000 prepared INSERTs of the same rows (the floor).
const pushFloors: PushFloor[] = [];
if (!skip.has('pushfloor')) {
  for (const d of dialects) {
    const r = await pushFloor(d, pgUrl);
    log(formatPushFloor(r));
    pushFloors.push(r);
  }
}

// 0b. What the audit log costs that push: the same push with and without it, in the same run.
const auditOverheads: AuditOverhead[] = [];
if (!skip.has('audit')) {
  for (const d of dialects) {
    const r = await auditOverhead(d, pgUrl);
    log(formatAuditOverhead(r));
    auditOverheads.push(r);
  }
}

// 1. Pull latency as the time-entry table grows; each size's own /api/auth/me round trip is the baseline.
const scaling: PullScaling[] = [];
if (!skip.has('scaling')) {
  for (const d of dialects) {
    const r = await pullScaling(d, pgUrl, sizes, samples, log);
    log(formatFlatness(r));
    scaling.push(r);
  }
}

// 2. No-op pull throughput under 200 connections versus a hello-world Hono server in the same run.
const throughput: ThroughputResult[] = [];
if (!skip.has('throughput')) {
  for (const d of dialects) {
    const r = await noopThroughput(d, pgUrl, { connections, seconds, calibrationMicros });
    log(formatThroughput(r));
    throughput.push(r);
  }
}

// 3. PouchDB comparison, when its packages are installed (kept out of package.json for their size).
let pouchdb: PouchComparison | { skipped: string } = { skipped: 'not run (--skip=pouchdb)' };
if (!skip.has('pouchdb')) {
  const kit = loadPouch();
  if (kit) {
    pouchdb = await comparePouch(kit, 10_000, 5);
    for (const l of formatPouch(pouchdb)) log(l);
  } else {
    pouchdb = { skipped: `PouchDB not installed; for this comparison run: ${POUCH_INSTALL}` };
    log(
      `PouchDB comparison skipped: not installed (about 30 MB). Install with \`${POUCH_INSTALL}\`, ` +
        'then run npm run bench (or npm run bench:pouchdb).',
    );
  }
}

// 4. The initial sync in headless Chromium against PouchDB, when Chromium and PouchDB are installed.
let browser: BrowserPart = { skipped: 'not run (--skip=browser)' };
if (!skip.has('browser')) {
  browser = await browserPart({ log });
  if ('skipped' in browser) log(`Chromium comparison skipped: ${browser.skipped}`);
  else for (const l of formatBrowser(browser)) log(l);
}

// 4b. The administrators' people list with 2,000 people in Chromium (issue 15), when Chromium is there.
let people: PeopleListBench | { skipped: string } = { skipped: 'not run (--skip=people)' };
if (!skip.has('people')) {
  people = await peopleListBench({ log });
  if ('skipped' in people) log(`People list skipped: ${people.skipped}`);
}

// 4c. The planning board, 200 people × 6 weeks, beside FullCalendar's resource timeline when installed (issue 16).
let planner: PlannerBench | { skipped: string } = { skipped: 'not run (--skip=planner)' };
if (!skip.has('planner')) {
  planner = await plannerBench({ log });
  if ('skipped' in planner) log(`Planning board skipped: ${planner.skipped}`);
}

// 4d. Ranking candidates for a slot, in Node and (when Chromium is there) in the browser (issue 16).
let candidates: CandidateRankingBench | { skipped: string } = { skipped: 'not run (--skip=candidates)' };
if (!skip.has('candidates')) candidates = await candidateRankingBench({ log });

// 4e. A coordinator's fresh device pulling a year of the association's assignments in Chromium (issue 16).
let coordinatorSync: CoordinatorSyncBench | { skipped: string } = { skipped: 'not run (--skip=coordinator)' };
if (!skip.has('coordinator')) {
  coordinatorSync = await coordinatorSyncBench({ log });
  if ('skipped' in coordinatorSync) log(`Coordinator's first sync skipped: ${coordinatorSync.skipped}`);
}
// 4e. Expanding a year of series for 200 people, and one person's iCal feed of a year (issue 17).
let seriesFeed: SeriesFeedBench | { skipped: string } = { skipped: 'not run (--skip=series)' };
if (!skip.has('series')) seriesFeed = seriesFeedBench({ log });

// 5. Lighthouse on login, Heute and the bare stack, when installed (kept out of package.json like PouchDB).
const routes = firstLoadRouteBytes();
const firstLoadRoutesKb = { login: routes.login.kb, today: routes.today.kb };
log(`First-load bytes per route (gzip, JS + CSS): login ${routes.login.kb} KiB, Heute ${routes.today.kb} KiB`);
let lighthouse: LighthouseBench | { skipped: string } = { skipped: 'not run (--skip=lighthouse)' };
if (!skip.has('lighthouse')) {
  lighthouse = await lighthouseBench({ runs: 3, log });
  if ('skipped' in lighthouse) log(`Lighthouse skipped: ${lighthouse.skipped}`);
  else for (const l of formatLighthouse(lighthouse)) log(l);
}
const lighthouseScores =
  'skipped' in lighthouse
    ? undefined
    : {
        login: lighthouse.lighthouse.login,
        today: lighthouse.lighthouse.today,
        bareStack: lighthouse.lighthouse.bareStack,
      };

const summary = {
  machine: `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`,
  node: process.version,
  firstLoadJsGzipBytes: bundle.gzipBytes,
  sync: results,
  pushFloor: pushFloors,
  auditOverhead: auditOverheads,
  pullScaling: scaling,
  noopThroughput: throughput,
  pouchdb,
  browser,
  peopleList: people,
  planner,
  candidateRanking: candidates,
  coordinatorSync,
  seriesFeed,
  lighthouse: 'skipped' in lighthouse ? lighthouse : lighthouse.lighthouse,
  firstLoadRoutesKb,
  goals: benchGoals({
    firstLoadJsGzipBytes: bundle.gzipBytes,
    sync: results,
    pullScaling: scaling,
    noopThroughput: throughput,
    pouchdb,
    pushFloor: pushFloors,
    auditOverhead: auditOverheads,
    ...('skipped' in browser
      ? {}
      : { browserSync: { vsStoreOnlyX: browser.vsStoreOnlyX, pouchBestBatchX: browser.pouchBestBatchX } }),
    ...(lighthouseScores ? { lighthouse: lighthouseScores } : {}),
    ...('skipped' in people
      ? {}
      : {
          peopleList: {
            renderMs: people.renderMedianMs,
            keystrokeMs: people.keystrokeMedianMs,
          },
        }),
    ...('skipped' in planner
      ? {}
      : {
          planner: {
            renderMs: planner.ours.renderMedianMs,
            longestTaskMs: planner.ours.longestTaskMedianMs,
            vsFullCalendarX: planner.vsFullCalendarX,
          },
        }),
    ...('skipped' in candidates
      ? {}
      : { candidateRanking: { serverMs: candidates.serverRankMs, deviceMs: candidates.deviceRankMs } }),
    ...('skipped' in coordinatorSync ? {} : { coordinatorInitialSyncMs: coordinatorSync.medianMs }),
    ...('skipped' in seriesFeed ? {} : { seriesFeed: { expandMs: seriesFeed.expandMs, feedMs: seriesFeed.feedMs } }),
    firstLoadRoutesKb,
  }),
};
if (json) console.log(JSON.stringify(summary));
