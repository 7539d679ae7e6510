/**
 * `npm run bench:candidates`: ranking candidates for one slot (shared/planning/candidates.ts) in an
 * association of 200 people, 50 municipalities and a year of assignments, in Node (the server) and in
 * headless Chromium (the device). The goal is the ranking over indexed data (median of --runs=N, 15,
 * after 5 warm-up rounds); the indexing of the whole year, done once per data load, is reported beside it.
 * Options: --json, --no-browser; CHROMIUM=path (the browser part is skipped with the reason when missing).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from './browser/browser-compare';
import { benchRankingData } from './candidates/candidate-data';
import { type RankingTimes, timeRanking } from './candidates/time-ranking';
import { CANDIDATE_DEVICE_GOAL_MS, CANDIDATE_SERVER_GOAL_MS, type Goal } from './goals';
import { argValue, percentile, round2 } from './stats';

export type CandidateRankingBench = {
  candidates: number;
  serverRankMs: number;
  serverIndexMs: number;
  deviceRankMs: number | null;
  deviceIndexMs: number | null;
  deviceSkipped?: string;
  goals: { candidateRankingServerMs: Goal; candidateRankingDeviceMs: Goal };
};

const median = (xs: readonly number[]) => round2(percentile(xs, 50));

async function inChromium(runs: number, executablePath: string): Promise<RankingTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'ikz-candidates-bench-'));
  try {
    await build({
      entryPoints: [fileURLToPath(new URL('./candidates/candidate-page.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      minify: true,
      outfile: join(dir, 'page.js'),
      logLevel: 'error',
    });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><script src="page.js"></script>');
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await browser.newPage();
      await page.goto(`file://${join(dir, 'index.html')}`);
      await page.waitForFunction(() => 'candidateBench' in window);
      return await page.evaluate(
        (n) =>
          (window as unknown as { candidateBench: { run(r: number, w: number): RankingTimes } }).candidateBench.run(
            n,
            5,
          ),
        runs,
      );
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function candidateRankingBench(
  options: { runs?: number; browser?: boolean; log?: (l: string) => void } = {},
): Promise<CandidateRankingBench> {
  const runs = options.runs ?? 15;
  const { data, slot } = benchRankingData();
  const server = timeRanking(data, slot, runs);
  const executablePath = process.env['CHROMIUM'] ?? DEFAULT_CHROMIUM;
  let device: RankingTimes | null = null;
  let deviceSkipped: string | undefined;
  if (options.browser === false) deviceSkipped = 'not asked for (--no-browser)';
  else if (!existsSync(executablePath)) deviceSkipped = `no Chromium at ${executablePath} (set CHROMIUM=…)`;
  else device = await inChromium(runs, executablePath);
  const result: CandidateRankingBench = {
    candidates: server.candidates,
    serverRankMs: median(server.rankMs),
    serverIndexMs: median(server.indexMs),
    deviceRankMs: device ? median(device.rankMs) : null,
    deviceIndexMs: device ? median(device.indexMs) : null,
    ...(deviceSkipped ? { deviceSkipped } : {}),
    goals: {
      candidateRankingServerMs: { value: median(server.rankMs), unit: 'ms', goal: CANDIDATE_SERVER_GOAL_MS },
      candidateRankingDeviceMs: {
        value: device ? median(device.rankMs) : null,
        unit: 'ms',
        goal: CANDIDATE_DEVICE_GOAL_MS,
      },
    },
  };
  const device$ = device
    ? `${result.deviceRankMs} ms (indexing ${result.deviceIndexMs} ms)`
    : `skipped: ${deviceSkipped}`;
  options.log?.(
    `Candidate ranking, ${result.candidates} candidates, a year of assignments: server ${result.serverRankMs} ms ` +
      `(indexing ${result.serverIndexMs} ms), Chromium ${device$}; medians of ${runs}`,
  );
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const json = process.argv.includes('--json');
  const result = await candidateRankingBench({
    runs: Number(argValue('runs') ?? 15),
    browser: !process.argv.includes('--no-browser'),
    ...(json ? {} : { log: (l: string) => console.log(l) }),
  });
  if (json) console.log(JSON.stringify({ candidateRanking: result }));
}
