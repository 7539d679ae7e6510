import { describe, expect, it } from 'vitest';
import { iso, person, z } from './testing/candidate-fixtures';
import { type CandidateAssignment, type CandidatePerson, indexCandidates } from './candidate-index';
import type { Candidate, CandidateSlot } from './candidates';
import { rankForRequest } from './request-candidates';

const booking = (id: string, personId: string, date: string, from: string, to: string): CandidateAssignment => ({
  id,
  personId,
  municipalityId: 'm1',
  siteId: 's1',
  plannedStart: iso(date, from),
  plannedEnd: iso(date, to),
  status: 'planned',
});
const slot = (date: string): CandidateSlot => ({
  municipalityId: 'm1',
  siteId: 's1',
  serviceTypeId: 't1',
  skills: ['Meldewesen'],
  start: z.at(date, '13:00'),
  end: z.at(date, '16:00'),
});
const index = (people: CandidatePerson[], assignments: CandidateAssignment[] = []) =>
  indexCandidates({
    timeZone: 'Europe/Berlin',
    adultPack: 'DE-ArbZG',
    people,
    assignments,
    absences: [],
    sites: [{ id: 's1', municipalityId: 'm1', latitude: 46.62, longitude: 14.3 }],
  });
const [tue, wed] = ['2026-03-03', '2026-03-04'];

describe('rankForRequest', () => {
  it('puts someone booked on one of the days after those free on all, with each day’s reasons', () => {
    const ranked = rankForRequest(
      index([person('busy-wed'), person('free')], [booking('b1', 'busy-wed', wed, '12:00', '14:00')]),
      [slot(tue), slot(wed)],
    );
    expect(ranked.map((c) => [c.personId, c.fits, c.unavailable])).toEqual([
      ['free', true, false],
      ['busy-wed', false, true],
    ]);
    const [onTue, onWed] = ranked[1]!.days;
    expect(onTue!.reasons.map((r) => r.code)).toContain('free');
    expect(onWed!.reasons.find((r) => r.code === 'busy')?.params).toMatchObject({ assignmentId: 'b1' });
  });

  it('ranks missing skills after matching ones and leaves out who cannot work one of the days', () => {
    const ranked = rankForRequest(
      index([person('unskilled', { skills: [] }), person('leaves', { activeTo: tue }), person('skilled')]),
      [slot(tue), slot(wed)],
    );
    expect(ranked.map((c) => c.personId)).toEqual(['skilled', 'unskilled']);
    expect(ranked[1]!.missingSkills).toEqual(['Meldewesen']);
  });

  it('prefers who is further under their weekly target, and gives one day as rankCandidates does', () => {
    const week = ['2026-03-02', tue].map((d, i) => booking(`w${i}`, 'loaded', d, '08:00', '12:00'));
    // The week before gives both the same usual place, so travel ties and the hours decide.
    week.push(booking('last-week', 'idle', '2026-02-24', '08:00', '12:00'));
    const ranked = rankForRequest(index([person('loaded'), person('idle')], week), [slot(wed)]);
    expect(ranked.map((c) => c.personId)).toEqual(['idle', 'loaded']);
    expect(ranked[1]!.load).toBeCloseTo((8 * 60 + 3 * 60) / 2400);
    expect(rankForRequest(index([person('idle')]), [])).toEqual([]);
  });

  it('checks each day with the request’s other days booked: a late day and an early next day break the rest', () => {
    const late = { ...slot(tue), start: z.at(tue, '16:00'), end: z.at(tue, '21:30') };
    const early = { ...slot(wed), start: z.at(wed, '06:00'), end: z.at(wed, '11:00') };
    const [alone] = rankForRequest(index([person('p')]), [late]);
    expect(alone!.ruleWarnings).toBe(0);
    const [whole] = rankForRequest(index([person('p')]), [late, early]);
    const rest = (c: Candidate) =>
      c.reasons.filter((r) => r.code === 'rule' && r.params.paragraph === '§ 5 Abs. 1 ArbZG');
    expect(rest(whole!.days[1]!)).toHaveLength(1);
    expect(whole!.ruleWarnings).toBeGreaterThan(0);
    // Not a clash with itself: the other day of the request does not make the person busy.
    expect(whole!.unavailable).toBe(false);
  });

  it('adds the request’s other days of the week to the week’s hours', () => {
    const [whole] = rankForRequest(index([person('p')]), [slot(tue), slot(wed)]);
    const week = whole!.days[1]!.reasons.find((r) => r.code === 'week_hours')!;
    expect(week.params).toMatchObject({ planned: 180, withSlot: 360 });
  });
});
