/**
 * `npm run bench:soak -- [--minutes=5] [--devices=500] [--json]`: many lightweight devices (session
 * cookie, cursor, now and then a push of a time entry, all through the real HTTP API) sync against one
 * server process, `node --import tsx server/main.ts` on SQLite in a temp DATA_DIR with the demo data.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession, SESSION_COOKIE } from '../server/auth/sessions';
import { configFromEnv, openDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { seedDemo } from '../server/demo/seed';
import { addStaff, bulkTarget } from './bulk-data';
import { httpRequest } from './http-client';
import { SoakDevice, type SoakStats } from './soak-device';
import { argValue, round2, summarize } from './stats';

type MemorySample = { at: number; rss: number; heapUsed: number; heapTotal: number };

const minutes = Number(argValue('minutes') ?? 5);
const deviceCount = Number(argValue('devices') ?? 500);
const pushChance = Number(argValue('push-chance') ?? 0.2);
const json = process.argv.includes('--json');
const root = fileURLToPath(new URL('..', import.meta.url));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const mib = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', () => resolve()));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** Demo data plus one staff member and a session per device, written before the server starts. */
async function prepare(
  dataDir: string,
): Promise<{ cookies: string[]; refs: { municipalityId: string; serviceTypeId: string } }> {
  const database = openDatabase(configFromEnv({ DATA_DIR: dataDir }));
  try {
    await migrateToLatest(database.db);
    const now = new Date();
    await seedDemo(database.db, now);
    const target = await bulkTarget(database.db, 'sqlite');
    const people = await addStaff(target, deviceCount, 'soak');
    const cookies: string[] = [];
    for (const id of people)
      cookies.push(
        `${SESSION_COOKIE}=` +
          `${(await createSession(database.db, { id, associationId: target.associationId }, now, 30)).token}`,
      );
    return { cookies, refs: { municipalityId: target.municipalityId, serviceTypeId: target.serviceTypeId } };
  } finally {
    await database.close();
  }
}

function startServer(dataDir: string, port: number, onMemory: (m: MemorySample) => void): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_DATA: 'true',
    COOKIE_SECURE: 'false',
  };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './bench/memory-probe.ts', 'server/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  child.on('message', (m) => {
    const msg = m as { type?: string } & MemorySample;
    if (msg.type === 'memory') onMemory({ at: msg.at, rss: msg.rss, heapUsed: msg.heapUsed, heapTotal: msg.heapTotal });
  });
  return child;
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await httpRequest(`${url}/api/health`, { timeoutMs: 1000 }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await sleep(100);
  }
  throw new Error('server did not become healthy in 60 s');
}

const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ikz-soak-'));
  const memory: MemorySample[] = [];
  let child: ChildProcess | undefined;
  try {
    const { cookies, refs } = await prepare(dataDir);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let started = 0;
    const stats: SoakStats = { requests: 0, errors: 0, errorSamples: [], latencies: { pull: [], push: [] }, pushed: 0 };
    child = startServer(dataDir, port, (m) => {
      memory.push(m);
      if (started)
        console.log(
          `  t=${Math.round((m.at - started) / 1000)} s: server RSS ${mib(m.rss)} MiB, ` +
            `heap used ${mib(m.heapUsed)} MiB, ` +
            `requests so far ${stats.requests}, errors ${stats.errors}`,
        );
    });
    await waitForHealth(url, child);
    const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
    const devices = cookies.map((cookie) => new SoakDevice(url, cookie, refs, stats, agent));
    console.log(
      `Soak: ${devices.length} devices for ${minutes} min against ${url} (pid ${child.pid}), ` +
        `polling every 5-10 s, push chance ${pushChance} per poll`,
    );
    memory.length = 0;
    started = Date.now();
    const end = started + minutes * 60_000;
    await Promise.all(
      devices.map(async (d) => {
        await sleep(Math.random() * 10_000);
        await d.pull();
        while (Date.now() < end) {
          await sleep(5000 + Math.random() * 5000);
          if (Date.now() >= end) break;
          if (Math.random() < pushChance) await d.push();
          await d.pull();
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    child.send('memory');
    await sleep(200);
    // Every device pulls once more: each entry it pushed must have come back to it.
    for (const d of devices) await d.pull();
    const missing = devices.reduce((n, d) => n + d.unseen.size, 0);
    agent.destroy();

    const all = [...stats.latencies.pull, ...stats.latencies.push];
    const inWindow = (from: number, to: number) => memory.filter((m) => m.at - started >= from && m.at - started <= to);
    const firstMinute = inWindow(0, 60_000);
    const lastMinute = inWindow(seconds * 1000 - 60_000, Number.POSITIVE_INFINITY);
    const memFigures = (xs: MemorySample[]) => ({
      samples: xs.length,
      rssMiB: round2(mib(avg(xs.map((m) => m.rss)))),
      heapUsedMiB: round2(mib(avg(xs.map((m) => m.heapUsed)))),
    });
    const result = {
      devices: devices.length,
      minutes,
      seconds: Math.round(seconds),
      requests: stats.requests,
      requestsPerSec: round2(stats.requests / seconds),
      errors: stats.errors,
      errorSamples: stats.errorSamples,
      pushedEntries: stats.pushed,
      pushedButNotPulledBack: missing,
      latency: {
        all: summarize(all),
        pull: summarize(stats.latencies.pull),
        push: summarize(stats.latencies.push),
        maxMs: round2(Math.max(...all)),
      },
      memory: {
        firstMinute: memFigures(firstMinute),
        lastMinute: memFigures(lastMinute),
        samples: memory.map((m) => ({
          t: Math.round((m.at - started) / 1000),
          rssMiB: mib(m.rss),
          heapUsedMiB: mib(m.heapUsed),
        })),
      },
    };
    console.log(
      `Soak ${result.devices} devices, ${result.seconds} s: ` +
        `${result.requests} requests (${result.requestsPerSec}/s), ${result.errors} errors, ` +
        `${result.pushedEntries} entries pushed (${missing} not pulled back) | ` +
        `latency p50 ${result.latency.all.medianMs} ms, p99 ${result.latency.all.p99Ms} ms, ` +
        `max ${result.latency.maxMs} ms ` +
        `(pull p99 ${result.latency.pull.p99Ms} ms, push p99 ${result.latency.push.p99Ms} ms)`,
    );
    console.log(
      'Soak server memory, first vs last minute (avg of 10 s samples): ' +
        `RSS ${result.memory.firstMinute.rssMiB} -> ${result.memory.lastMinute.rssMiB} MiB, ` +
        `heap used ${result.memory.firstMinute.heapUsedMiB} -> ${result.memory.lastMinute.heapUsedMiB} MiB`,
    );
    for (const e of stats.errorSamples) console.log(`  error: ${e}`);
    if (json) console.log(JSON.stringify({ soak: result }));
    if (stats.errors > 0 || missing > 0) process.exitCode = 1;
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child?.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
