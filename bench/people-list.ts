/**
 * `npm run bench:people`: the administrators' people list (client/people/people-list.tsx) with 2,000
 * people in headless Chromium. The page (bench/people/) fills the device database, then each run draws
 * the list from it (first render: database read to first frame) and types a search word letter by
 * letter (one keystroke: input event to the frame showing its result). Medians of --runs=N (7).
 * Options: --people=N (2000), --json; CHROMIUM=path. Exits 0 with the reason when Chromium is missing.
 * The page is built with Vite and the app's Solid plugin (vite-page.ts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from './browser/browser-compare';
import { type Goal, PEOPLE_LIST_GOAL_MS } from './goals';
import { argValue, percentile, round2 } from './stats';
import { buildPage, serve } from './vite-page';

type PageApi = {
  seed(n: number): Promise<number>;
  render(): Promise<{ ms: number; rows: number }>;
  type(text: string): Promise<{ ms: number; rows: number }>;
};

export type PeopleListBench = {
  people: number;
  runs: number;
  renderMs: number[];
  keystrokeMs: number[];
  renderMedianMs: number;
  keystrokeMedianMs: number;
  goals: { peopleListRenderMs: Goal; peopleSearchKeystrokeMs: Goal };
};

/** The word typed, one letter per keystroke: the first letters match hundreds, the last a few. */
const WORD = 'hofer 1';

const median = (xs: readonly number[]) => round2(percentile(xs, 50));
export async function peopleListBench(
  options: { people?: number; runs?: number; chromium?: string; log?: (l: string) => void } = {},
): Promise<PeopleListBench | { skipped: string }> {
  const executablePath = options.chromium ?? process.env['CHROMIUM'] ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) return { skipped: `no Chromium at ${executablePath} (set CHROMIUM=…)` };
  const [people, runs] = [options.people ?? 2000, options.runs ?? 7];
  const dir = mkdtempSync(join(tmpdir(), 'ikz-people-bench-'));
  const profile = mkdtempSync(join(tmpdir(), 'ikz-people-profile-'));
  let server: Server | undefined;
  try {
    await buildPage(fileURLToPath(new URL('./people/', import.meta.url)), dir);
    const served = await serve(dir);
    server = served.server;
    const url = served.url;
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      args: CHROMIUM_ARGS,
      headless: true,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      await page.waitForFunction(() => 'peopleBench' in window);
      const stored = await page.evaluate(
        (n) => (window as unknown as { peopleBench: PageApi }).peopleBench.seed(n),
        people,
      );
      if (stored !== people) throw new Error(`stored ${stored} people, not ${people}`);
      const renderMs: number[] = [];
      const keystrokeMs: number[] = [];
      // One warm-up run: the first parse and compile of the page's code is not what a person waits for twice.
      for (let run = 0; run <= runs; run++) {
        const result = await page.evaluate(async (word) => {
          const api = (window as unknown as { peopleBench: PageApi }).peopleBench;
          const first = await api.render();
          const keys = [];
          for (let i = 1; i <= word.length; i++) keys.push(await api.type(word.slice(0, i)));
          return { first, keys };
        }, WORD);
        if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
        if (result.first.rows === 0) throw new Error('the list drew no rows');
        if (run === 0) continue;
        renderMs.push(result.first.ms);
        keystrokeMs.push(...result.keys.map((k) => k.ms));
      }
      const [render, keystroke] = [median(renderMs), median(keystrokeMs)];
      const p95 = round2(percentile(keystrokeMs, 95));
      options.log?.(
        `People list, ${people} people in Chromium: first render ${render} ms (median of ${runs}), ` +
          `search keystroke ${keystroke} ms (median of ${keystrokeMs.length}, p95 ${p95} ms)`,
      );
      return {
        people,
        runs,
        renderMs,
        keystrokeMs,
        renderMedianMs: render,
        keystrokeMedianMs: keystroke,
        goals: {
          peopleListRenderMs: { value: render, unit: 'ms', goal: PEOPLE_LIST_GOAL_MS },
          peopleSearchKeystrokeMs: { value: keystroke, unit: 'ms', goal: PEOPLE_LIST_GOAL_MS },
        },
      };
    } finally {
      await context.close();
    }
  } finally {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await peopleListBench({
    people: Number(argValue('people') ?? 2000),
    runs: Number(argValue('runs') ?? 7),
    log: (l) => console.log(l),
  });
  if ('skipped' in result) console.error(`bench:people skipped: ${result.skipped}`);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ peopleList: result }));
}
