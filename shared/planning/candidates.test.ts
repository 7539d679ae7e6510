import { describe, expect, it } from 'vitest';
import { iso, person, z } from './testing/candidate-fixtures';
import {
  type CandidateAbsence,
  type CandidateAssignment,
  type CandidatePerson,
  type CandidateSite,
  indexCandidates,
  type RankingData,
} from './candidate-index';
import { type Candidate, type CandidateSlot, rankCandidates } from './candidates';

const wed = '2026-03-04';

let n = 0;
const booking = (personId: string, date: string, from: string, to: string, siteId = 's1'): CandidateAssignment => ({
  id: `a${n++}`,
  personId,
  municipalityId: siteId === 's2' ? 'm2' : siteId === 's3' ? 'm3' : 'm1',
  siteId,
  plannedStart: iso(date, from),
  plannedEnd: iso(date, to),
  status: 'planned',
});
// Klagenfurt (m1), about 11 km north-east (m2), and a site without coordinates (m3).
const sites: CandidateSite[] = [
  { id: 's1', municipalityId: 'm1', latitude: 46.62, longitude: 14.3 },
  { id: 's2', municipalityId: 'm2', latitude: 46.7, longitude: 14.38 },
  { id: 's3', municipalityId: 'm3', latitude: null, longitude: null },
];
const slot: CandidateSlot = {
  municipalityId: 'm1',
  siteId: 's1',
  serviceTypeId: 't1',
  skills: ['Meldewesen'],
  start: z.at(wed, '13:00'),
  end: z.at(wed, '16:00'),
};
const data = (
  people: CandidatePerson[],
  assignments: CandidateAssignment[],
  more: Partial<RankingData> = {},
): RankingData => ({
  timeZone: 'Europe/Berlin',
  adultPack: 'DE-ArbZG',
  people,
  assignments,
  absences: [],
  sites,
  ...more,
});
const rank = (d: RankingData, s = slot): Candidate[] => rankCandidates(indexCandidates(d), s);
const codes = (c: Candidate | undefined) => c?.reasons.map((r) => r.code);
const reason = (c: Candidate | undefined, code: string) => c?.reasons.find((r) => r.code === code)?.params;

describe('rankCandidates', () => {
  it('puts the free, skilled, nearby person first and says why for each', () => {
    const ranked = rank(
      data(
        [person('far'), person('near'), person('unskilled', { skills: [] })],
        [booking('far', '2026-03-02', '08:00', '12:00', 's2'), booking('near', '2026-03-03', '08:00', '12:00')],
      ),
    );
    expect(ranked.map((c) => c.personId)).toEqual(['near', 'far', 'unskilled']);
    expect(codes(ranked[0])).toEqual(['skills_ok', 'free', 'week_hours', 'month_hours', 'rules_ok', 'travel']);
    expect(reason(ranked[0], 'travel')).toEqual({ km: 0, minutes: 0, from: 'home' });
    expect(reason(ranked[1], 'travel')).toMatchObject({ from: 'home', minutes: 17 });
    expect(reason(ranked[2], 'skills_missing')).toEqual({ skills: 'Meldewesen', count: 1 });
    expect(ranked[2]).toMatchObject({ fits: false, missingSkills: ['Meldewesen'], travelMinutes: null });
    expect(reason(ranked[0], 'week_hours')).toEqual({ planned: 240, withSlot: 420, target: 2400 });
    // March has 31 days: 2400 × 31 / 7 minutes.
    expect(reason(ranked[0], 'month_hours')).toEqual({ planned: 240, withSlot: 420, target: 10629 });
  });

  it('leaves out who cannot be planned that day, and ranks the busy, absent and off last with the reason', () => {
    const absence: CandidateAbsence = {
      personId: 'away',
      from: wed,
      to: wed,
      startTime: null,
      endTime: null,
      status: 'approved',
    };
    const ranked = rank(
      data(
        [
          person('inactive', { active: false }),
          person('contact', { roles: ['municipality_contact'] }),
          person('left', { activeTo: '2026-02-28' }),
          person('later', { activeFrom: '2026-04-01' }),
          person('busy'),
          person('away'),
          person('declined'),
          person('free'),
        ],
        [booking('busy', wed, '12:00', '14:00'), { ...booking('free', wed, '13:00', '15:00'), status: 'cancelled' }],
        { absences: [absence, { ...absence, personId: 'declined', status: 'declined' }] },
      ),
    );
    // Among the unavailable, the one with a known trip (usually in m1) comes first.
    expect(ranked.map((c) => c.personId)).toEqual(['declined', 'free', 'busy', 'away']);
    expect(reason(ranked[2], 'busy')).toMatchObject({ from: '12:00', to: '14:00' });
    expect(codes(ranked[3])).toContain('absent');
    expect(ranked.slice(2).every((c) => c.unavailable && !c.fits && !codes(c)?.includes('free'))).toBe(true);
  });

  it('treats a day off at the slot’s or the person’s municipality as not free', () => {
    const daysOff = new Map([['m2', new Set([wed])]]);
    const people = [person('m2-person'), person('m1-person')];
    const assignments = [booking('m2-person', '2026-03-02', '08:00', '12:00', 's2')];
    const ranked = rank(data(people, assignments, { daysOff }));
    expect(ranked.map((c) => [c.personId, c.unavailable])).toEqual([
      ['m1-person', false],
      ['m2-person', true],
    ]);
    expect(reason(ranked[1], 'day_off')).toEqual({ date: wed });
    expect(
      rank(data(people, assignments, { daysOff }), { ...slot, municipalityId: 'm2', siteId: 's2' })[0],
    ).toMatchObject({ unavailable: true });
  });

  it('measures travel from the previous site that day, else from the usual municipality', () => {
    const people = [person('roamer'), person('unknown')];
    const assignments = [
      // Usually in m1, but this morning in m2: the trip starts there.
      booking('roamer', '2026-03-02', '08:00', '12:00'),
      booking('roamer', '2026-03-03', '08:00', '12:00'),
      booking('roamer', wed, '08:00', '12:00', 's2'),
    ];
    const [roamer, unknown] = rank(data(people, assignments));
    expect(reason(roamer, 'travel')).toMatchObject({ from: 'previous_site', minutes: 17 });
    expect(codes(unknown)).toContain('travel_unknown');
    // Without the morning booking the usual municipality is the slot's own.
    expect(reason(rank(data(people, assignments.slice(0, 2)))[0], 'travel')).toMatchObject({ from: 'home', km: 0 });
    // A slot at a site without coordinates in a municipality without any: no estimate.
    const blind = rank(data(people, assignments), { ...slot, municipalityId: 'm3', siteId: 's3' });
    expect(blind.every((c) => c.travelMinutes === null)).toBe(true);
  });

  it('names the working-time paragraph a slot would breach and ranks that person after a clean one', () => {
    const ranked = rank(
      data([person('long-day'), person('rested')], [booking('long-day', wed, '05:00', '12:30', 's2')]),
    );
    expect(ranked.map((c) => c.personId)).toEqual(['rested', 'long-day']);
    const rules = ranked[1]!.reasons.filter((r) => r.code === 'rule').map((r) => r.params.paragraph);
    expect(rules).toContain('§ 3 Satz 2 ArbZG');
    expect(ranked[1]!.ruleWarnings).toBeGreaterThan(0);
  });

  it('prefers who is furthest under their weekly target when all else is equal', () => {
    const people = [person('full', { weeklyTargetMinutes: 600 }), person('light')];
    const assignments = [
      booking('full', '2026-03-02', '08:00', '12:00'),
      booking('light', '2026-03-02', '08:00', '12:00'),
    ];
    expect(rank(data(people, assignments)).map((c) => c.personId)).toEqual(['light', 'full']);
  });

  it('reads the association’s data once when indexing: ranking more slots does not walk it again', () => {
    let walks = 0;
    const rows = Array.from({ length: 500 }, (_, i) => booking(`p${i % 5}`, '2026-01-05', '08:00', '09:00'));
    const assignments: Iterable<CandidateAssignment> = {
      [Symbol.iterator]: () => {
        walks++;
        return rows[Symbol.iterator]();
      },
    };
    const index = indexCandidates(
      data(
        [0, 1, 2, 3, 4].map((i) => person(`p${i}`)),
        [],
        { assignments },
      ),
    );
    for (let d = 0; d < 20; d++) rankCandidates(index, { ...slot, start: slot.start + d * 86_400_000 });
    expect(walks).toBe(1);
    // Each person's bookings are sorted once, so a slot finds its window by binary search.
    const starts = [...index.people[0]!.starts];
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
