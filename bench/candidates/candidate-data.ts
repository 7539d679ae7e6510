/**
 * The candidate-ranking bench's association: 200 people, 50 municipalities with two sites each, a year
 * of assignments (weekdays, one or two per day) and some approved leave. Deterministic, so the server
 * and the Chromium variant rank the same data.
 */
import type { CandidateAssignment, CandidateSite, RankingData } from '../../shared/planning/candidate-index';
import type { CandidateSlot } from '../../shared/planning/candidates';
import { addDays, instantOf } from '../../shared/time/dates';

const timeZone = 'Europe/Vienna';
const at = (date: string, hhmm: string) => instantOf(timeZone, date, hhmm).toISOString();
const skillNames = ['Meldeamt', 'Standesamt', 'Kassa', 'Bürgerservice', 'IT-Schulsupport', 'Archiv'];

export function benchRankingData(people = 200, municipalities = 50): { data: RankingData; slot: CandidateSlot } {
  // Municipalities on a grid across Carinthia, about 5 km apart.
  const sites: CandidateSite[] = [];
  for (let m = 0; m < municipalities; m++) {
    const [latitude, longitude] = [46.5 + Math.floor(m / 10) * 0.05, 13.8 + (m % 10) * 0.07];
    sites.push({ id: `s${m}a`, municipalityId: `m${m}`, latitude, longitude });
    sites.push({ id: `s${m}b`, municipalityId: `m${m}`, latitude: latitude + 0.01, longitude: longitude + 0.01 });
  }
  const assignments: CandidateAssignment[] = [];
  let n = 0;
  const book = (personId: string, m: number, date: string, from: string, to: string) =>
    assignments.push({
      id: `a${n++}`,
      personId,
      municipalityId: `m${m}`,
      siteId: `s${m}${n % 2 ? 'a' : 'b'}`,
      plannedStart: at(date, from),
      plannedEnd: at(date, to),
      status: n % 40 === 0 ? 'cancelled' : 'planned',
    });
  for (let p = 0; p < people; p++) {
    for (let d = 0; d < 365; d++) {
      const date = addDays('2026-01-01', d);
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6 || (p + d) % 11 === 0) continue;
      const m = (p + (d % 3)) % municipalities;
      if (d % 2 === 0) book(`p${p}`, m, date, '08:00', '16:00');
      else {
        book(`p${p}`, m, date, '07:30', '11:30');
        book(`p${p}`, (m + 1) % municipalities, date, '12:30', '15:00');
      }
    }
  }
  const data: RankingData = {
    timeZone,
    adultPack: 'AT-K-GMG',
    people: Array.from({ length: people }, (_, p) => ({
      id: `p${p}`,
      displayName: `Person ${p}`,
      roles: [p % 25 === 0 ? 'apprentice' : 'staff'],
      skills: skillNames.filter((_, i) => (p + i) % 3 !== 0),
      activeFrom: null,
      activeTo: null,
      weeklyTargetMinutes: p % 4 === 0 ? 1200 : 2400,
      dateOfBirth: p % 25 === 0 ? '2009-05-01' : null,
      active: true,
    })),
    assignments,
    absences: Array.from({ length: people / 10 }, (_, i) => ({
      personId: `p${i * 10}`,
      from: '2026-06-15',
      to: '2026-06-19',
      startTime: null,
      endTime: null,
      status: 'approved' as const,
    })),
    sites,
    daysOff: new Map(Array.from({ length: municipalities }, (_, m) => [`m${m}`, new Set(['2026-06-04'])])),
  };
  const slot: CandidateSlot = {
    municipalityId: 'm7',
    siteId: 's7a',
    serviceTypeId: 't1',
    skills: ['Meldeamt', 'Kassa'],
    start: Date.parse(at('2026-06-17', '16:00')),
    end: Date.parse(at('2026-06-17', '19:00')),
  };
  return { data, slot };
}
