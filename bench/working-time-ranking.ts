/**
 * `tsx bench/working-time-ranking.ts`: the working-time part of ranking candidates for a cover request
 * (shared/working-time/impact.ts) for 200 people with a year of assignments each: one impactOf per
 * person. Prints the median and best of --runs=N (15) after --warmup=N (5) rounds; `--json` one line.
 */
import { addDays, instantOf } from '../shared/time/dates';
import { impactOf } from '../shared/working-time/impact';
import type { PersonWorkInput, WorkInterval } from '../shared/working-time/types';
import { argValue, percentile, round2 } from './stats';

const timeZone = 'Europe/Berlin';
const runs = Number(argValue('runs') ?? 15);
const warmup = Number(argValue('warmup') ?? 5);
const at = (date: string, hhmm: string) => instantOf(timeZone, date, hhmm).getTime();

const people: PersonWorkInput[] = Array.from({ length: 200 }, (_, p) => {
  const intervals: WorkInterval[] = [];
  for (let d = 0; d < 365; d++) {
    const date = addDays('2026-01-01', d);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    // Half the days at two municipalities, as roaming staff work.
    const municipalityId = `m${(p + d) % 50}`;
    if (d % 2 === 0)
      intervals.push({ start: at(date, '08:00'), end: at(date, '16:00'), municipalityId, breakMinutes: 30 });
    else {
      intervals.push({ start: at(date, '07:30'), end: at(date, '11:30'), municipalityId });
      intervals.push({ start: at(date, '12:15'), end: at(date, '16:00'), municipalityId: `m${(p + d + 1) % 50}` });
    }
  }
  return { timeZone, dateOfBirth: p % 20 === 0 ? '2009-04-01' : null, adultPack: 'DE-ArbZG', intervals };
});
const candidate: WorkInterval = {
  start: at('2026-06-17', '16:30'),
  end: at('2026-06-17', '19:00'),
  municipalityId: 'm7',
};

const times: number[] = [];
for (let round = 0; round < warmup + runs; round++) {
  const started = performance.now();
  for (const person of people) impactOf(person, candidate);
  if (round >= warmup) times.push(performance.now() - started);
}
const summary = { candidateRankingWorkingTimeMs: round2(percentile(times, 50)), bestMs: round2(Math.min(...times)) };
if (process.argv.includes('--json')) console.log(JSON.stringify(summary));
else {
  const { candidateRankingWorkingTimeMs: median, bestMs } = summary;
  console.log(`working-time check for 200 candidates: median ${median} ms, best ${bestMs} ms`);
}
