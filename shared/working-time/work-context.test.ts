import { describe, expect, it } from 'vitest';
import { planWarnings } from './plan-check';
import { zone } from './testing/work';
import { type RuleFacts, schoolDaysOf, WHOLE_SCHOOL_DAY, workContextFrom } from './work-context';

// 2027-03-01 is a Monday; an apprentice of 16 in a German association.
const z = zone('Europe/Berlin');
const window = { from: '2027-02-20', to: '2027-03-14' };
const school = (from: string, to: string, more: Partial<RuleFacts['absences'][number]> = {}) => ({
  from,
  to,
  startTime: null,
  endTime: null,
  status: 'approved' as const,
  kind: 'school' as const,
  ...more,
});
const facts = (more: Partial<RuleFacts> = {}): RuleFacts => ({
  timeZone: 'Europe/Berlin',
  adultPack: 'DE-ArbZG',
  dateOfBirth: '2010-06-01',
  publicHolidays: [],
  closureDays: [],
  absences: [],
  window,
  ...more,
});
const plan = (date: string, from: string, to: string, municipalityId = 'm1') => {
  const w = z.work(date, from, to, municipalityId);
  return {
    id: `${date}${from}`,
    personId: 'p1',
    municipalityId,
    status: 'planned' as const,
    plannedStart: new Date(w.start).toISOString(),
    plannedEnd: new Date(w.end).toISOString(),
  };
};
const paragraphs = (ctx: ReturnType<typeof workContextFrom>, a: ReturnType<typeof plan>) =>
  planWarnings(ctx, a, []).map((w) => w.paragraph);

describe('the working-time context from the rows both sides hold', () => {
  it('turns approved school absences into school days: whole days as long ones, weekends of a block left out', () => {
    const days = schoolDaysOf(
      [
        school('2027-03-05', '2027-03-08'),
        school('2027-03-02', '2027-03-02', { startTime: '08:00', endTime: '12:30' }),
        school('2027-03-03', '2027-03-03', { status: 'requested' }),
        school('2027-03-04', '2027-03-04', { kind: 'leave' }),
        school('2027-03-12', '2027-03-20'),
      ],
      window,
    );
    expect(days).toEqual([
      { date: '2027-03-05', ...WHOLE_SCHOOL_DAY },
      { date: '2027-03-08', ...WHOLE_SCHOOL_DAY },
      { date: '2027-03-02', lessons: 6, minutes: 270, startsAt: '08:00' },
      { date: '2027-03-12', ...WHOLE_SCHOOL_DAY },
    ]);
  });

  it('warns of work on a whole school day for a minor (JArbSchG § 9) and counts it as 8 h', () => {
    const ctx = workContextFrom(facts({ absences: [school('2027-03-01', '2027-03-01')] }));
    expect(paragraphs(ctx, plan('2027-03-01', '15:00', '17:00'))).toEqual([
      '§ 8 Abs. 1 JArbSchG',
      '§ 8 Abs. 2a JArbSchG',
      '§ 9 Abs. 1 Nr. 2 JArbSchG',
    ]);
    // Of age, the school day is no working-time rule's business.
    const adult = workContextFrom(facts({ dateOfBirth: '2000-01-01', absences: [school('2027-03-01', '2027-03-01')] }));
    expect(paragraphs(adult, plan('2027-03-01', '15:00', '17:00'))).toEqual([]);
  });

  it('gives public holidays to their municipality and whole closure days to theirs or all; half days are none', () => {
    const ctx = workContextFrom(
      facts({
        dateOfBirth: null,
        publicHolidays: [{ municipalityId: 'munich', date: '2027-03-03' }],
        closureDays: [
          { date: '2027-03-04', municipalityId: null, part: 'whole' },
          { date: '2027-03-05', municipalityId: 'essen', part: 'whole' },
          { date: '2027-03-02', municipalityId: null, part: 'half' },
        ],
      }),
    );
    expect(paragraphs(ctx, plan('2027-03-03', '08:00', '12:00', 'munich'))).toEqual(['§ 9 Abs. 1 ArbZG']);
    expect(paragraphs(ctx, plan('2027-03-03', '08:00', '12:00', 'essen'))).toEqual([]);
    expect(paragraphs(ctx, plan('2027-03-04', '08:00', '12:00', 'essen'))).toEqual(['§ 9 Abs. 1 ArbZG']);
    expect(paragraphs(ctx, plan('2027-03-05', '08:00', '12:00', 'essen'))).toEqual(['§ 9 Abs. 1 ArbZG']);
    expect(paragraphs(ctx, plan('2027-03-05', '08:00', '12:00', 'munich'))).toEqual([]);
    expect(paragraphs(ctx, plan('2027-03-02', '08:00', '12:00', 'munich'))).toEqual([]);
  });
});
