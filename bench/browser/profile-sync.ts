/**
 * Profiling aid, not a benchmark: initial syncs of a fresh device in headless Chromium, each with a
 * timeline of its fetches, body reads and IndexedDB transactions (wrapped in the page before it
 * loads) and the main thread's busiest functions (DevTools Profiler, the sync only). Usage:
 *   tsx bench/browser/profile-sync.ts [--records=N] [--runs=N] [--quiet] [--out=file.cpuprofile]
 * --quiet prints one line per run (sync, store-only, ratio); --out keeps the last run's profile.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/demo/data';
import { technicianEmail } from '../bench-server';
import { startServer } from '../pouchdb-compare';
import { argValue, percentile } from '../stats';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from './browser-compare';
import { bundlePages } from './bundle';
import type { OurPageRun } from './page-api';

const records = Number(argValue('records') ?? 10_000);
const runs = Number(argValue('runs') ?? 1);
const quiet = process.argv.includes('--quiet');
const out = argValue('out');

// Plain script text: a function passed from here would be transformed by tsx first.
const timeline = `
  const log = [];
  const t = () => performance.now().toFixed(1);
  window.ikzLog = log;
  const f = window.fetch;
  window.fetch = async (...a) => {
    const url = String(a[0]).replace(/clientId=[^&]*&?/, '').slice(0, 60);
    log.push(t() + ' fetch ' + url);
    const r = await f(...a);
    log.push(t() + ' headers ' + url);
    return r;
  };
  const json = Response.prototype.json;
  Response.prototype.json = async function () {
    const s = t();
    const v = await json.call(this);
    log.push(s + '..' + t() + ' body+parse');
    return v;
  };
  const tx = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...a) {
    const s = t();
    const x = tx.apply(this, a);
    const names = [...(Array.isArray(a[0]) ? a[0] : [a[0]])];
    const what = names.length > 3 ? names.length + ' stores' : names.join(',');
    x.addEventListener('complete', () => log.push(s + '..' + t() + ' tx ' + (a[1] ?? 'readonly') + ' ' + what));
    return x;
  };`;

type Profile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
};

/** Self time per function over the first `ms` of the profile (the sync; the store-only reference follows). */
function busiest(prof: Profile, ms: number): string[] {
  const self = new Map<string, number>();
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const dt = prof.timeDeltas ?? [];
  let at = 0;
  (prof.samples ?? []).forEach((id, i) => {
    at += (dt[i] ?? 0) / 1000;
    if (at > ms) return;
    const f = byId.get(id)!.callFrame;
    const k = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(k, (self.get(k) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms ${k}`);
}

async function profiledSync(page: Page): Promise<{ run: OurPageRun; log: string[]; prof: Profile }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.evaluate('window.ikzLog.length = 0');
  await cdp.send('Profiler.start');
  const run = await page.evaluate(() => window.ikzOurPage!.syncOnce());
  const { profile } = await cdp.send('Profiler.stop');
  return { run, log: (await page.evaluate('window.ikzLog')) as string[], prof: profile };
}

const dir = mkdtempSync(join(tmpdir(), 'ikz-prof-'));
await bundlePages(dir);
const server = await startServer({ mode: 'ours', records, assets: { dir, prefix: '/__bench/' } });
const ratios: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const profileDir = mkdtempSync(join(tmpdir(), 'ikz-prof-profile-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: process.env['CHROMIUM'] ?? DEFAULT_CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.addInitScript({ content: timeline });
      const res = await page.goto(`${server.ready.url}/__bench/ours.html`);
      if (!res?.ok()) throw new Error('the bench page did not load');
      await page.evaluate(([e, p]) => window.ikzOurPage!.login(e, p), [technicianEmail(), DEMO_PASSWORD] as const);
      const { run, log, prof } = await profiledSync(page);
      if (run.stored !== records || run.phase !== 'idle') throw new Error(`sync failed: ${JSON.stringify(run)}`);
      ratios.push(run.ms / run.storeOnlyMs);
      console.log(
        `run ${i + 1}: sync ${Math.round(run.ms)} ms, store-only ${Math.round(run.storeOnlyMs)} ms, ` +
          `ratio ${(run.ms / run.storeOnlyMs).toFixed(2)}, last answer at ${Math.round(run.networkDoneMs)} ms`,
      );
      if (!quiet) console.log([...log, ...busiest(prof, run.ms)].join('\n'));
      if (out) writeFileSync(out, JSON.stringify(prof));
    } finally {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  }
  console.log(`median ratio ${percentile(ratios, 50).toFixed(2)} of [${ratios.map((r) => r.toFixed(2)).join(', ')}]`);
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
