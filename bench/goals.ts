/** One performance goal as the JSON summary reports it; `value` is null when its part did not run. */
export type Goal = { value: number | null; unit: string; goal: string | number };

/** The figures the goals are read from, as bench/run.ts collects them (only the fields used here). */
export type GoalInputs = {
  firstLoadJsGzipBytes: number;
  sync: { dialect: string; push1000Ms: number; noopSyncMedianMs: number }[];
  pullScaling: { dialect: string; flatness: Record<string, number> }[];
  noopThroughput: { dialect: string; ratio: number }[];
  pouchdb: { speedup: number; byteRatio: number } | { skipped: string };
  /** Push of 1,000 changes, server time, divided by 1,000 prepared INSERTs of the same rows (bench/push-floor.ts). */
  pushFloor?: { dialect: string; ratio: number }[];
  /** Push of 1,000 changes with the audit log against the same push without it, in % (bench/audit-overhead.ts). */
  auditOverhead?: { dialect: string; overheadPct: number }[];
  /** Lighthouse mobile performance scores, median of three (bench/lighthouse); absent when not installed. */
  lighthouse?: { login: number; today: number; bareStack: number };
  /** First-load bytes (gzip) per route from the build manifest. */
  firstLoadRoutesKb?: { login: number; today: number };
  /** Initial sync of 10,000 records in Chromium (bench/browser); absent when skipped. */
  browserSync?: { vsStoreOnlyX: number; pouchBestBatchX: number };
  /** The people list with 2,000 people in Chromium, medians in ms (bench/people-list.ts); absent when skipped. */
  peopleList?: { renderMs: number; keystrokeMs: number };
  /** The planning board, 200 people × 6 weeks in Chromium (bench/planner-board.ts); absent when skipped. */
  planner?: { renderMs: number; longestTaskMs: number; vsFullCalendarX: number | null };
  /** A coordinator's fresh device pulling a year of the association's assignments in Chromium, median ms. */
  coordinatorInitialSyncMs?: number;
  /** Ranking candidates for one slot, medians in ms (bench/candidate-ranking.ts); device null without Chromium. */
  candidateRanking?: { serverMs: number; deviceMs: number | null };
  /** A year of series for 200 people expanded, and one person's feed of a year built (bench/series-feed.ts). */
  seriesFeed?: { expandMs: number; feedMs: number };
};

/** Issue 15: first render of the people list and each search keystroke, at most this many ms. */
export const PEOPLE_LIST_GOAL_MS = 100;
/** Issue 16: the planning board's first render, its longest task while scrolling, and FullCalendar ÷ ours. */
export const PLANNER_RENDER_GOAL = '< 500';
export const PLANNER_LONG_TASK_GOAL = '<= 50';
export const PLANNER_VS_FULLCALENDAR_GOAL = '>= 5';

/** Issue 16: ranking candidates for a slot (200 people, a year of assignments), server and Chromium. */
export const CANDIDATE_SERVER_GOAL_MS = '< 50';
export const CANDIDATE_DEVICE_GOAL_MS = '< 100';

/** Issue 17: expanding a year of series for 200 people; building a person's iCal feed of a year. */
export const SERIES_EXPAND_GOAL_MS = '< 100';
export const ICAL_FEED_GOAL_MS = '< 50';

// Figures without a fixed bound: compared with earlier runs on the same machine, never against a line.
const REPORT = 'report';

const byDialect = <T extends { dialect: string }>(rows: T[], dialect: string): T | undefined =>
  rows.find((r) => r.dialect === dialect);

/** The slowest-growing of the pull series from 10k to the largest size: the one the goal is about. */
const worstFlatness = (r: { flatness: Record<string, number> } | undefined): number | null => {
  const ratios = r ? Object.values(r.flatness) : [];
  return ratios.length ? Math.max(...ratios) : null;
};

const share = (r: { ratio: number } | undefined): number | null => (r ? Math.round(r.ratio * 100) : null);

/**
 * Every performance goal under a stable key, so runs can be compared by a script without knowing
 * the summary's nesting. Keys stay when a part is skipped (value null), so a missing key is a bug.
 */
export function benchGoals(i: GoalInputs) {
  const pouch = 'speedup' in i.pouchdb ? i.pouchdb : undefined;
  const sqlite = byDialect(i.sync, 'sqlite');
  const postgres = byDialect(i.sync, 'postgres');
  return {
    pouchSpeedup: { value: pouch?.speedup ?? null, unit: '×', goal: '>= 10' },
    pouchByteRatio: { value: pouch?.byteRatio ?? null, unit: '×', goal: '> 1' },
    noopThroughputShareSqlite: {
      value: share(byDialect(i.noopThroughput, 'sqlite')),
      unit: '% of hello-world',
      goal: '>= 50',
    },
    noopThroughputSharePostgres: {
      value: share(byDialect(i.noopThroughput, 'postgres')),
      unit: '% of hello-world',
      goal: '>= 50',
    },
    pullFlatnessSqlite: { value: worstFlatness(byDialect(i.pullScaling, 'sqlite')), unit: '×', goal: '<= 1.5' },
    pullFlatnessPostgres: { value: worstFlatness(byDialect(i.pullScaling, 'postgres')), unit: '×', goal: '<= 1.5' },
    firstLoadJsKb: { value: Math.round((i.firstLoadJsGzipBytes / 1024) * 10) / 10, unit: 'KiB gzip', goal: '<= 75' },
    push1000Ms: { value: sqlite?.push1000Ms ?? null, unit: 'ms', goal: REPORT },
    push1000MsPostgres: { value: postgres?.push1000Ms ?? null, unit: 'ms', goal: REPORT },
    noopSyncMedianMsPostgres: { value: postgres?.noopSyncMedianMs ?? null, unit: 'ms', goal: REPORT },
    push1000VsFloorSqliteX: { value: byDialect(i.pushFloor ?? [], 'sqlite')?.ratio ?? null, unit: '×', goal: '<= 10' },
    push1000VsFloorPostgresX: {
      value: byDialect(i.pushFloor ?? [], 'postgres')?.ratio ?? null,
      unit: '×',
      goal: '<= 10',
    },
    auditOverheadSqlitePct: {
      value: byDialect(i.auditOverhead ?? [], 'sqlite')?.overheadPct ?? null,
      unit: '%',
      goal: '<= 10',
    },
    auditOverheadPostgresPct: {
      value: byDialect(i.auditOverhead ?? [], 'postgres')?.overheadPct ?? null,
      unit: '%',
      goal: '<= 10',
    },
    // The worse of the two databases: the goal holds only if it holds on both.
    auditOverheadPct: {
      value: i.auditOverhead?.length ? Math.max(...i.auditOverhead.map((r) => r.overheadPct)) : null,
      unit: '%',
      goal: '<= 10',
    },
    lighthouseLogin: { value: i.lighthouse?.login ?? null, unit: 'score', goal: '>= 95' },
    lighthouseToday: { value: i.lighthouse?.today ?? null, unit: 'score', goal: '>= 95' },
    lighthouseBareStack: { value: i.lighthouse?.bareStack ?? null, unit: 'score', goal: '>= 95' },
    firstLoadLoginKb: { value: i.firstLoadRoutesKb?.login ?? null, unit: 'KiB gzip', goal: REPORT },
    firstLoadTodayKb: { value: i.firstLoadRoutesKb?.today ?? null, unit: 'KiB gzip', goal: REPORT },
    initialSyncVsStoreOnlyChromiumX: { value: i.browserSync?.vsStoreOnlyX ?? null, unit: '×', goal: '<= 2' },
    pouchBestBatchChromiumX: { value: i.browserSync?.pouchBestBatchX ?? null, unit: '×', goal: '>= 10' },
    peopleListRenderMs: { value: i.peopleList?.renderMs ?? null, unit: 'ms', goal: PEOPLE_LIST_GOAL_MS },
    peopleSearchKeystrokeMs: { value: i.peopleList?.keystrokeMs ?? null, unit: 'ms', goal: PEOPLE_LIST_GOAL_MS },
    plannerFirstRenderMs: { value: i.planner?.renderMs ?? null, unit: 'ms', goal: PLANNER_RENDER_GOAL },
    plannerLongestTaskMs: { value: i.planner?.longestTaskMs ?? null, unit: 'ms', goal: PLANNER_LONG_TASK_GOAL },
    plannerVsFullCalendarX: {
      value: i.planner?.vsFullCalendarX ?? null,
      unit: '×',
      goal: PLANNER_VS_FULLCALENDAR_GOAL,
    },
    coordinatorInitialSyncMs: { value: i.coordinatorInitialSyncMs ?? null, unit: 'ms', goal: REPORT },
    candidateRankingServerMs: {
      value: i.candidateRanking?.serverMs ?? null,
      unit: 'ms',
      goal: CANDIDATE_SERVER_GOAL_MS,
    },
    candidateRankingDeviceMs: {
      value: i.candidateRanking?.deviceMs ?? null,
      unit: 'ms',
      goal: CANDIDATE_DEVICE_GOAL_MS,
    },
    seriesYearExpandMs: { value: i.seriesFeed?.expandMs ?? null, unit: 'ms', goal: SERIES_EXPAND_GOAL_MS },
    icalFeedYearMs: { value: i.seriesFeed?.feedMs ?? null, unit: 'ms', goal: ICAL_FEED_GOAL_MS },
  } satisfies Record<string, Goal>;
}
