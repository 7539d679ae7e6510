/**
 * `npm run bench:series`: expanding a year of weekly series for 200 people (shared/series/expand.ts, the
 * same code on server and device) against real public holidays, closure days and absences; and building
 * one person's iCal feed of a year (server/ical/feed.ts). Medians of --runs=N (15) after 3 warm-ups.
 * Options: --json.
 */
import { fileURLToPath } from 'node:url';
import type { Absence } from '../shared/absences/schema';
import type { MunicipalityHoliday } from '../shared/holidays/schema';
import { seriesCalendarOf } from '../shared/series/calendar';
import { expandSeries, rruleDates, seriesDates } from '../shared/series/expand';
import type { PlannedSeries } from '../shared/series/schema';
import { addDays } from '../shared/time/dates';
import { buildFeed, type FeedEvent } from '../server/ical/feed';
import { dateHolidaysSource } from '../server/working-time/public-holidays';
import { type Goal, ICAL_FEED_GOAL_MS, SERIES_EXPAND_GOAL_MS } from './goals';
import { argValue, msSince, percentile, round2 } from './stats';

export type SeriesFeedBench = {
  people: number;
  series: number;
  occurrences: number;
  skippedDays: number;
  feedEvents: number;
  feedBytes: number;
  expandMs: number;
  /** Of it, the dates alone (weekly-dates.ts's day arithmetic). */
  datesMs: number;
  /** The same dates from rrule, the reference and fallback: what the fast path saved. */
  rruleMs: number;
  feedMs: number;
  /** A fixed yardstick in the same run (100,000 dates to ISO strings), to read the figures against load. */
  baselineMs: number;
  goals: { seriesYearExpandMs: Goal; icalFeedYearMs: Goal };
};

const PEOPLE = 200;
const MUNICIPALITIES = 10;
const YEAR = { from: '2027-01-01', to: '2027-12-31' };
const uuid = (kind: number, n: number) =>
  `01900000-0000-7000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;

/** Two series per person (a morning on two weekdays, an afternoon on one), each over the whole year. */
function benchSeries(): PlannedSeries[] {
  return Array.from({ length: PEOPLE }, (_, p) => [
    { weekdays: [1 + (p % 3), 4], startTime: '08:00', endTime: '12:00' },
    { weekdays: [2 + (p % 4)], startTime: '13:00', endTime: '16:30' },
  ]).flatMap((shapes, p) =>
    shapes.map((shape, k) => ({
      personId: uuid(1, p),
      municipalityId: uuid(2, (p + k) % MUNICIPALITIES),
      siteId: uuid(3, (p + k) % MUNICIPALITIES),
      serviceTypeId: uuid(4, k),
      // Starts spread over the first weeks, so no two people's series are the same rule.
      startDate: addDays(YEAR.from, p % 28),
      endDate: addDays(YEAR.to, -(p % 5)),
      task: 'IT-Sprechstunde',
      ...shape,
    })),
  );
}

function benchCalendar() {
  const holidays: MunicipalityHoliday[] = [];
  for (let m = 0; m < MUNICIPALITIES; m++)
    for (const h of dateHolidaysSource.holidaysOf(m % 2 ? 'AT' : 'DE', m % 2 ? 'AT-2' : 'DE-NW', 2027))
      holidays.push({ municipalityId: uuid(2, m), ...h });
  const closures = ['2027-12-24', '2027-12-31', '2027-06-11'].map((date, i) => ({
    date,
    municipalityId: i === 2 ? uuid(2, 3) : null,
    part: 'whole' as const,
    name: 'Schließtag',
  }));
  // Three weeks of leave per person, spread over the year.
  const absences: Absence[] = Array.from({ length: PEOPLE }, (_, p) => ({
    id: uuid(5, p),
    rev: 1,
    updatedAt: '2026-12-01T00:00:00.000Z',
    personId: uuid(1, p),
    from: addDays(YEAR.from, (p * 7) % 330),
    to: addDays(YEAR.from, ((p * 7) % 330) + 20),
    startTime: null,
    endTime: null,
    status: 'approved',
    decidedBy: null,
    decidedAt: null,
  }));
  return { timeZone: 'Europe/Berlin', holidays, closures, absences };
}

/** A busy person's year: every working day one or two assignments, a few changed and cancelled. */
function benchFeedEvents(): FeedEvent[] {
  const events: FeedEvent[] = [];
  for (let d = 0; d < 365; d++) {
    const date = addDays(YEAR.from, d);
    const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (dow === 0 || dow === 6) continue;
    for (const [start, end] of d % 2
      ? [
          ['07:00', '11:00'],
          ['12:00', '15:30'],
        ]
      : [['08:00', '16:00']]) {
      const n = events.length;
      events.push({
        id: uuid(6, n),
        rev: 1000 + n * 3,
        updatedAt: '2026-12-01T08:00:00.000Z',
        plannedStart: `${date}T${start}:00.000Z`,
        plannedEnd: `${date}T${end}:00.000Z`,
        status: n % 40 === 0 ? 'cancelled' : 'planned',
        task: 'Drucker im Sekretariat einrichten, WLAN der Klassenräume prüfen',
        serviceType: 'IT-Schulsupport',
        municipality: 'Steindorf am Ossiacher See',
        site: 'Volksschule Steindorf',
        address: 'Schulstraße 4, 9552 Steindorf',
      });
    }
  }
  return events;
}

function timeIt(runs: number, fn: () => void): number {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(msSince(start));
  }
  return round2(percentile(samples, 50));
}

export function seriesFeedBench(options: { runs?: number; log?: (l: string) => void } = {}): SeriesFeedBench {
  const runs = options.runs ?? 15;
  const series = benchSeries();
  const calendarInput = benchCalendar();
  let occurrences = 0;
  let skipped = 0;
  // The calendar's lookups are built inside the timed part: a server or device builds them per expansion.
  const expandMs = timeIt(runs, () => {
    const calendar = seriesCalendarOf(calendarInput);
    occurrences = 0;
    skipped = 0;
    for (const s of series) {
      const e = expandSeries(s, calendar);
      occurrences += e.occurrences.length;
      skipped += e.skipped.length;
    }
  });
  const datesMs = timeIt(runs, () => {
    for (const s of series) seriesDates(s);
  });
  const rruleMs = timeIt(runs, () => {
    for (const s of series) rruleDates(s);
  });
  const events = benchFeedEvents();
  let feedBytes = 0;
  const feedMs = timeIt(runs, () => {
    feedBytes = buildFeed(events, { name: 'Einsätze', timeZone: 'Europe/Berlin' }).length;
  });
  const baselineMs = timeIt(runs, () => {
    let n = 0;
    for (let i = 0; i < 100_000; i++) n += new Date(i * 60_000).toISOString().length;
    if (n === 0) throw new Error('unreachable');
  });
  const result: SeriesFeedBench = {
    people: PEOPLE,
    series: series.length,
    occurrences,
    skippedDays: skipped,
    feedEvents: events.length,
    feedBytes,
    expandMs,
    datesMs,
    rruleMs,
    feedMs,
    baselineMs,
    goals: {
      seriesYearExpandMs: { value: expandMs, unit: 'ms', goal: SERIES_EXPAND_GOAL_MS },
      icalFeedYearMs: { value: feedMs, unit: 'ms', goal: ICAL_FEED_GOAL_MS },
    },
  };
  options.log?.(
    `Series: ${result.series} series of ${PEOPLE} people over a year → ${occurrences} occurrences, ` +
      `${skipped} skipped days: ${expandMs} ms (the dates alone ${datesMs} ms; by rrule ${rruleMs} ms). ` +
      `iCal feed of ${events.length} events (${feedBytes} chars): ` +
      `${feedMs} ms; yardstick (100,000 toISOString) ${baselineMs} ms; medians of ${runs}`,
  );
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const json = process.argv.includes('--json');
  const result = seriesFeedBench({
    runs: Number(argValue('runs') ?? 15),
    ...(json ? {} : { log: (l: string) => console.log(l) }),
  });
  if (json) console.log(JSON.stringify({ seriesFeed: result, goals: result.goals }));
}
