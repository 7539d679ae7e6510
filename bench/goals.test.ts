import { describe, expect, it } from 'vitest';
import { benchGoals, type GoalInputs } from './goals';

const full: GoalInputs = {
  firstLoadJsGzipBytes: 63_180,
  sync: [
    { dialect: 'sqlite', push1000Ms: 812, noopSyncMedianMs: 2.1 },
    { dialect: 'postgres', push1000Ms: 1430, noopSyncMedianMs: 3.4 },
  ],
  pullScaling: [
    {
      dialect: 'sqlite',
      flatness: {
        technicianNoChange: 0.9,
        technicianLatest100: 1.2,
        coordinatorNoChange: 1.05,
        coordinatorLatest100: 1.44,
      },
    },
    {
      dialect: 'postgres',
      flatness: {
        technicianNoChange: 0.53,
        technicianLatest100: 0.98,
        coordinatorNoChange: 0.6,
        coordinatorLatest100: 0.7,
      },
    },
  ],
  noopThroughput: [
    { dialect: 'sqlite', ratio: 0.69 },
    { dialect: 'postgres', ratio: 0.56 },
  ],
  pouchdb: { speedup: 12.8, byteRatio: 5.9 },
  pushFloor: [
    { dialect: 'sqlite', ratio: 4.2 },
    { dialect: 'postgres', ratio: 7.5 },
  ],
  auditOverhead: [
    { dialect: 'sqlite', overheadPct: 6.2 },
    { dialect: 'postgres', overheadPct: 8.9 },
  ],
  lighthouse: { login: 98, today: 96, bareStack: 99 },
  firstLoadRoutesKb: { login: 41.2, today: 55.3 },
  browserSync: { vsStoreOnlyX: 1.8, pouchBestBatchX: 12.1 },
  peopleList: { renderMs: 61.6, keystrokeMs: 16.2 },
  planner: { renderMs: 210, longestTaskMs: 38, vsFullCalendarX: 41.5 },
  coordinatorInitialSyncMs: 5400,
  candidateRanking: { serverMs: 31.8, deviceMs: 19.8 },
  seriesFeed: { expandMs: 64.2, feedMs: 12.5 },
};

describe('benchGoals', () => {
  it('puts every goal under its key with value, unit and goal', () => {
    expect(benchGoals(full)).toEqual({
      pouchSpeedup: { value: 12.8, unit: '×', goal: '>= 10' },
      pouchByteRatio: { value: 5.9, unit: '×', goal: '> 1' },
      noopThroughputShareSqlite: { value: 69, unit: '% of hello-world', goal: '>= 50' },
      noopThroughputSharePostgres: { value: 56, unit: '% of hello-world', goal: '>= 50' },
      pullFlatnessSqlite: { value: 1.44, unit: '×', goal: '<= 1.5' },
      pullFlatnessPostgres: { value: 0.98, unit: '×', goal: '<= 1.5' },
      firstLoadJsKb: { value: 61.7, unit: 'KiB gzip', goal: '<= 75' },
      push1000Ms: { value: 812, unit: 'ms', goal: 'report' },
      push1000MsPostgres: { value: 1430, unit: 'ms', goal: 'report' },
      noopSyncMedianMsPostgres: { value: 3.4, unit: 'ms', goal: 'report' },
      push1000VsFloorSqliteX: { value: 4.2, unit: '×', goal: '<= 10' },
      push1000VsFloorPostgresX: { value: 7.5, unit: '×', goal: '<= 10' },
      auditOverheadSqlitePct: { value: 6.2, unit: '%', goal: '<= 10' },
      auditOverheadPostgresPct: { value: 8.9, unit: '%', goal: '<= 10' },
      auditOverheadPct: { value: 8.9, unit: '%', goal: '<= 10' },
      lighthouseLogin: { value: 98, unit: 'score', goal: '>= 95' },
      lighthouseToday: { value: 96, unit: 'score', goal: '>= 95' },
      lighthouseBareStack: { value: 99, unit: 'score', goal: '>= 95' },
      firstLoadLoginKb: { value: 41.2, unit: 'KiB gzip', goal: 'report' },
      firstLoadTodayKb: { value: 55.3, unit: 'KiB gzip', goal: 'report' },
      initialSyncVsStoreOnlyChromiumX: { value: 1.8, unit: '×', goal: '<= 2' },
      pouchBestBatchChromiumX: { value: 12.1, unit: '×', goal: '>= 10' },
      peopleListRenderMs: { value: 61.6, unit: 'ms', goal: 100 },
      peopleSearchKeystrokeMs: { value: 16.2, unit: 'ms', goal: 100 },
      plannerFirstRenderMs: { value: 210, unit: 'ms', goal: '< 500' },
      plannerLongestTaskMs: { value: 38, unit: 'ms', goal: '<= 50' },
      plannerVsFullCalendarX: { value: 41.5, unit: '×', goal: '>= 5' },
      coordinatorInitialSyncMs: { value: 5400, unit: 'ms', goal: 'report' },
      candidateRankingServerMs: { value: 31.8, unit: 'ms', goal: '< 50' },
      candidateRankingDeviceMs: { value: 19.8, unit: 'ms', goal: '< 100' },
      seriesYearExpandMs: { value: 64.2, unit: 'ms', goal: '< 100' },
      icalFeedYearMs: { value: 12.5, unit: 'ms', goal: '< 50' },
    });
  });

  it('keeps every key with a null value for skipped parts and an unreachable PostgreSQL', () => {
    const {
      lighthouse: _l,
      firstLoadRoutesKb: _f,
      browserSync: _b,
      peopleList: _p,
      planner: _pl,
      coordinatorInitialSyncMs: _c,
      candidateRanking: _cr,
      seriesFeed: _sf,
      ...rest
    } = full;
    const goals = benchGoals({
      ...rest,
      sync: [full.sync[0]!],
      pullScaling: [],
      noopThroughput: [],
      pouchdb: { skipped: 'not run (--skip=pouchdb)' },
      pushFloor: [full.pushFloor![0]!],
      auditOverhead: [full.auditOverhead![0]!],
    });
    expect(Object.keys(goals)).toEqual(Object.keys(benchGoals(full)));
    const nulls = Object.entries(goals)
      .filter(([, g]) => g.value === null)
      .map(([key]) => key);
    expect(nulls.sort()).toEqual(
      [
        'noopSyncMedianMsPostgres',
        'noopThroughputSharePostgres',
        'noopThroughputShareSqlite',
        'pouchByteRatio',
        'pouchSpeedup',
        'pullFlatnessPostgres',
        'pullFlatnessSqlite',
        'push1000MsPostgres',
        'push1000VsFloorPostgresX',
        'auditOverheadPostgresPct',
        'lighthouseLogin',
        'lighthouseToday',
        'lighthouseBareStack',
        'firstLoadLoginKb',
        'firstLoadTodayKb',
        'initialSyncVsStoreOnlyChromiumX',
        'pouchBestBatchChromiumX',
        'peopleListRenderMs',
        'peopleSearchKeystrokeMs',
        'plannerFirstRenderMs',
        'plannerLongestTaskMs',
        'plannerVsFullCalendarX',
        'coordinatorInitialSyncMs',
        'candidateRankingServerMs',
        'candidateRankingDeviceMs',
        'seriesYearExpandMs',
        'icalFeedYearMs',
      ].sort(),
    );
    expect(goals.push1000Ms.value).toBe(812);
    // Without PostgreSQL the worst is SQLite's; with neither it is null like any skipped part.
    expect(goals.auditOverheadPct.value).toBe(6.2);
    expect(benchGoals({ ...rest, auditOverhead: [] }).auditOverheadPct.value).toBeNull();
  });
});
