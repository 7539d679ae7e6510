/**
 * `npm run bench:planner`: the planning board's desktop grid (client/planning/board-grid.tsx) with 200
 * people × 6 weeks (about 8,000 assignments) in headless Chromium at 1440×900, and FullCalendar's
 * resource timeline on the same data in the same run when it is installed (FULLCALENDAR_INSTALL).
 * Per board: first render (ours from the device database, FullCalendar from arrays in memory) to the
 * first frame, and the longest task (PerformanceObserver 'longtask') while scrolling through all rows
 * by --step=px a frame. Medians of --runs=N (5) after one warm-up. Options: --people=N (200), --json,
 * --ours-only (leaves FullCalendar out).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { BROWSER_POUCH_PACKAGES, DEFAULT_CHROMIUM } from './browser/browser-compare';
import './planner/page-probe';
import { argValue, percentile, round2 } from './stats';
import { onBuiltPage } from './vite-page';

export const FULLCALENDAR_PACKAGES = [
  '@fullcalendar/core@6.1.21',
  '@fullcalendar/resource@6.1.21',
  '@fullcalendar/resource-timeline@6.1.21',
];
/** With the browser bench's PouchDB packages: a second `npm install --no-save` removes what the first installed. */
const OPTIONAL_PACKAGES = [...BROWSER_POUCH_PACKAGES, ...FULLCALENDAR_PACKAGES];
export const FULLCALENDAR_INSTALL = `npm install --no-save -E ${OPTIONAL_PACKAGES.join(' ')}`;

export type BoardFigures = {
  renderMs: number[];
  /** Per run: the longest task while scrolling through (0: none over 50 ms). */
  longestTaskMs: number[];
  longTasks: number[];
  cells: number;
  renderMedianMs: number;
  longestTaskMedianMs: number;
  longestTaskMaxMs: number;
};

export type PlannerBench = {
  people: number;
  assignments: number;
  runs: number;
  stepPx: number;
  viewport: string;
  loadAverage: { start: number[]; end: number[] };
  ours: BoardFigures;
  fullCalendar: BoardFigures | { skipped: string };
  /** FullCalendar's median first render divided by ours. */
  vsFullCalendarX: number | null;
};

const median = (xs: readonly number[]) => round2(percentile(xs, 50));

function fullCalendarMissing(): string | null {
  const require = createRequire(import.meta.url);
  const missing = FULLCALENDAR_PACKAGES.map((p) => p.replace(/@[^@]*$/, '')).filter((name) => {
    try {
      require.resolve(`${name}/package.json`);
      return false;
    } catch {
      return true;
    }
  });
  return missing.length
    ? `FullCalendar packages missing (${missing.join(', ')}; kept out of package.json). ` +
        `Install them with:\n  ${FULLCALENDAR_INSTALL}`
    : null;
}

async function measureBoard(
  page: Page,
  o: { people: number; runs: number; step: number },
): Promise<BoardFigures & { assignments: number }> {
  await page.waitForFunction(() => 'boardBench' in window);
  const assignments = await page.evaluate((n) => {
    if (!window.boardBench) throw new Error('the board bench page did not load');
    return window.boardBench.seed(n);
  }, o.people);
  const renderMs: number[] = [];
  const longestTaskMs: number[] = [];
  const longTasks: number[] = [];
  let cells = 0;
  for (let run = 0; run <= o.runs; run++) {
    const r = await page.evaluate(async (step) => {
      const b = window.boardBench;
      if (!b) throw new Error('the board bench page did not load');
      const first = await b.render();
      return { first, scroll: await b.scroll(step) };
    }, o.step);
    if (r.first.cells === 0) throw new Error('the board drew nothing');
    if (run === 0) continue; // warm-up: the first parse and compile of the page's code
    cells = r.first.cells;
    renderMs.push(round2(r.first.ms));
    longestTaskMs.push(round2(r.scroll.longestTaskMs));
    longTasks.push(r.scroll.longTasks);
  }
  return {
    assignments,
    renderMs,
    longestTaskMs,
    longTasks,
    cells,
    renderMedianMs: median(renderMs),
    longestTaskMedianMs: median(longestTaskMs),
    longestTaskMaxMs: Math.max(...longestTaskMs),
  };
}

/** Builds the page in `root`, serves it and measures it in a fresh Chromium at 1440×900. */
const benchPage = (root: string, executablePath: string, o: { people: number; runs: number; step: number }) =>
  onBuiltPage(root, executablePath, { width: 1440, height: 900 }, async (page, errors) => {
    const figures = await measureBoard(page, o);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return figures;
  });

const strip = ({ assignments: _, ...f }: BoardFigures & { assignments: number }): BoardFigures => f;

export async function plannerBench(
  options: {
    people?: number;
    runs?: number;
    step?: number;
    oursOnly?: boolean;
    chromium?: string;
    log?: (l: string) => void;
  } = {},
): Promise<PlannerBench | { skipped: string }> {
  const executablePath = options.chromium ?? process.env['CHROMIUM'] ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) return { skipped: `no Chromium at ${executablePath} (set CHROMIUM=…)` };
  const o = { people: options.people ?? 200, runs: options.runs ?? 5, step: options.step ?? 300 };
  const log = options.log ?? (() => {});
  const start = loadavg();
  const ours = await benchPage(fileURLToPath(new URL('./planner/', import.meta.url)), executablePath, o);
  log(
    `Planning board, ${o.people} people × 6 weeks (${ours.assignments} assignments) in Chromium 1440×900: ` +
      `first render ${ours.renderMedianMs} ms, longest task scrolling ${ours.longestTaskMedianMs} ms ` +
      `(median of ${o.runs}; worst ${ours.longestTaskMaxMs} ms; ${o.step} px a frame)`,
  );
  const missing = options.oursOnly ? 'not run (--ours-only)' : fullCalendarMissing();
  let fc: BoardFigures | { skipped: string } = { skipped: missing ?? '' };
  if (!missing) {
    const f = await benchPage(fileURLToPath(new URL('./planner/fullcalendar/', import.meta.url)), executablePath, o);
    if (f.assignments !== ours.assignments) throw new Error(`FullCalendar got ${f.assignments} events`);
    fc = strip(f);
    log(
      `FullCalendar resource timeline, same data: first render ${f.renderMedianMs} ms, longest task scrolling ` +
        `${f.longestTaskMedianMs} ms (worst ${f.longestTaskMaxMs} ms)`,
    );
  } else log(`FullCalendar comparison skipped: ${missing}`);
  return {
    people: o.people,
    assignments: ours.assignments,
    runs: o.runs,
    stepPx: o.step,
    viewport: '1440x900',
    loadAverage: { start: start.map(round2), end: loadavg().map(round2) },
    ours: strip(ours),
    fullCalendar: fc,
    vsFullCalendarX: 'skipped' in fc ? null : round2(fc.renderMedianMs / ours.renderMedianMs),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await plannerBench({
    people: Number(argValue('people') ?? 200),
    runs: Number(argValue('runs') ?? 5),
    step: Number(argValue('step') ?? 300),
    oursOnly: process.argv.includes('--ours-only'),
    log: (l) => console.log(l),
  });
  if ('skipped' in result) console.error(`bench:planner skipped: ${result.skipped}`);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ planner: result }));
}
