import { describe, expect, it } from 'vitest';
import { instantOf } from '../time/dates';
import { rulePacks } from './packs';
import { assumedBreakMinutes, breachedRules, planWarnings, unanswered } from './plan-check';

const zone = 'Europe/Berlin';
const ctx = { timeZone: zone, adultPack: 'DE-ArbZG' as const, dateOfBirth: null };
let n = 0;
const plan = (date: string, from: string, to: string, more: { personId?: string; status?: 'cancelled' } = {}) => ({
  id: `a${++n}`,
  personId: more.personId ?? 'p1',
  municipalityId: `m${n}`,
  status: more.status ?? ('planned' as const),
  plannedStart: instantOf(zone, date, from).toISOString(),
  plannedEnd: instantOf(zone, date, to).toISOString(),
});
const paragraphs = (ws: { paragraph: string }[]) => ws.map((w) => w.paragraph);

describe('planWarnings', () => {
  it('assumes the statutory break inside a planned stretch, so an 8:30 h day plans 8 h of work', () => {
    expect(assumedBreakMinutes(rulePacks['DE-ArbZG'], 8.5 * 60)).toBe(30);
    expect(assumedBreakMinutes(rulePacks['DE-ArbZG'], 9.5 * 60)).toBe(45);
    expect(assumedBreakMinutes(rulePacks['DE-ArbZG'], 6 * 60)).toBe(0);
    expect(planWarnings(ctx, plan('2026-03-02', '08:00', '16:30'), [])).toEqual([]);
  });

  it('adds the person’s assignments in other municipalities and names the paragraph', () => {
    const morning = plan('2026-03-02', '06:00', '12:00');
    const afternoon = plan('2026-03-02', '12:45', '18:45');
    const ws = planWarnings(ctx, afternoon, [morning]);
    expect(paragraphs(ws)).toEqual(['§ 3 Satz 1 ArbZG', '§ 3 Satz 2 ArbZG']);
    expect(ws[1]).toMatchObject({ severity: 'warning', params: { netMinutes: 720, municipalities: 2 } });
  });

  it('ignores other people, cancelled assignments and the assignment’s own older version', () => {
    const a = plan('2026-03-02', '06:00', '12:00');
    const others = [
      plan('2026-03-02', '12:30', '18:30', { personId: 'p2' }),
      plan('2026-03-02', '12:30', '18:30', { status: 'cancelled' }),
      { ...a, plannedEnd: instantOf(zone, '2026-03-02', '20:00').toISOString() },
    ];
    expect(planWarnings(ctx, a, others)).toEqual([]);
  });

  it('applies the minors’ pack until the 18th birthday and the holidays it is given', () => {
    const nineHours = plan('2026-03-02', '08:00', '17:30');
    expect(paragraphs(planWarnings({ ...ctx, dateOfBirth: '2010-01-01' }, nineHours, []))).toContain(
      '§ 8 Abs. 1 JArbSchG',
    );
    const holiday = plan('2026-04-06', '08:00', '12:00');
    expect(planWarnings(ctx, holiday, [])).toEqual([]);
    expect(paragraphs(planWarnings({ ...ctx, holidays: new Set(['2026-04-06']) }, holiday, []))).toEqual([
      '§ 9 Abs. 1 ArbZG',
    ]);
  });

  it('leaves notices out of what needs an override; an override answers the rules it names', () => {
    const ws = planWarnings(ctx, plan('2026-03-02', '06:00', '18:30'), []);
    expect(breachedRules(ws)).toEqual(['daily_max']);
    expect(unanswered(ws, null).map((w) => w.paragraph)).toEqual(['§ 3 Satz 2 ArbZG']);
    expect(unanswered(ws, { warnings: ['weekly_max'] })).toHaveLength(1);
    expect(unanswered(ws, { warnings: ['daily_max'] })).toEqual([]);
  });
});
