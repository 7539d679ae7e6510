import { describe, expect, it } from 'vitest';
import { seriesCalendarOf } from './calendar';
import { expandSeries } from './expand';
import { checkOccurrences } from './occurrence-checks';
import type { PlannedSeries } from './schema';

const zone = 'Europe/Berlin';
const P = '01900000-0000-7000-8000-000000000002';
const M = '01900000-0000-7000-8000-000000000001';
const work = { timeZone: zone, adultPack: 'DE-ArbZG' as const, dateOfBirth: null };
const series = (over: Partial<PlannedSeries> = {}): PlannedSeries => ({
  personId: P,
  municipalityId: M,
  siteId: '01900000-0000-7000-8000-000000000003',
  serviceTypeId: '01900000-0000-7000-8000-000000000004',
  weekdays: [2],
  startTime: '08:00',
  endTime: '12:00',
  startDate: '2027-03-02',
  endDate: '2027-03-23',
  task: 'Sprechstunde',
  ...over,
});
const expansion = (s: PlannedSeries, absences: Parameters<typeof seriesCalendarOf>[0]['absences'] = []) =>
  expandSeries(s, seriesCalendarOf({ timeZone: zone, holidays: [], closures: [], absences }));
const booking = (start: string, end: string, over: { personId?: string; status?: 'planned' | 'cancelled' } = {}) => ({
  id: `b-${start}`,
  personId: over.personId ?? P,
  municipalityId: M,
  plannedStart: start,
  plannedEnd: end,
  status: over.status ?? ('planned' as const),
});

describe('checking a series’ occurrences as single assignments', () => {
  it('skips a day the person is booked at an overlapping time as a conflict named by that booking’s times', () => {
    const s = series();
    const others = [
      booking('2027-03-09T10:00:00.000Z', '2027-03-09T13:00:00.000Z'),
      // Back to back (12:00–14:00 local) is no overlap; another person's or a cancelled booking is none either.
      booking('2027-03-16T11:00:00.000Z', '2027-03-16T13:00:00.000Z'),
      booking('2027-03-23T08:00:00.000Z', '2027-03-23T09:00:00.000Z', { personId: M }),
      booking('2027-03-02T08:00:00.000Z', '2027-03-02T09:00:00.000Z', { status: 'cancelled' }),
    ];
    const checked = checkOccurrences(s, expansion(s), others, work, zone);
    expect(checked.skipped).toEqual([{ date: '2027-03-09', reason: 'conflict', name: '11:00–14:00' }]);
    expect(checked.occurrences.map((o) => o.date)).toEqual(['2027-03-02', '2027-03-16', '2027-03-23']);
  });

  it('lists breaches of the rule pack per date, naming the paragraph, and still plans the day', () => {
    const s = series({ startTime: '06:00', endTime: '18:30', endDate: '2027-03-09' });
    const checked = checkOccurrences(s, expansion(s), [], work, zone);
    expect(checked.occurrences).toHaveLength(2);
    expect(checked.warnings.map((w) => [w.date, w.rules])).toEqual([
      ['2027-03-02', ['daily_max']],
      ['2027-03-09', ['daily_max']],
    ]);
    expect(checked.warnings[0]!.warnings.map((w) => w.paragraph)).toContain('§ 3 Satz 2 ArbZG');
  });

  it('counts the series’ own days against each other: six days of 10.5 h pass the weekly 60 h', () => {
    const s = series({
      weekdays: [1, 2, 3, 4, 5, 6],
      startTime: '06:00',
      endTime: '17:15',
      startDate: '2027-03-01',
      endDate: '2027-03-07',
    });
    const alone = checkOccurrences(
      s,
      { ...expansion(s), occurrences: expansion(s).occurrences.slice(-1) },
      [],
      work,
      zone,
    );
    const together = checkOccurrences(s, expansion(s), [], work, zone);
    const weekly = (c: typeof together) => c.warnings.filter((w) => w.rules.includes('weekly_max'));
    expect(weekly(alone)).toEqual([]);
    expect(weekly(together).map((w) => w.date)).toContain('2027-03-06');
  });

  it('leaves a day the person is away to the cover request: no conflict for her there', () => {
    const s = series({ endDate: '2027-03-09' });
    const away = {
      id: '01900000-0000-7000-8000-0000000000aa',
      rev: 1,
      updatedAt: '2027-01-01T00:00:00.000Z',
      personId: P,
      from: '2027-03-09',
      to: '2027-03-09',
      startTime: null,
      endTime: null,
      status: 'approved' as const,
      decidedBy: null,
      decidedAt: null,
    };
    const others = [booking('2027-03-09T07:00:00.000Z', '2027-03-09T11:00:00.000Z')];
    const checked = checkOccurrences(s, expansion(s, [away]), others, work, zone);
    expect(checked.skipped).toEqual([]);
    expect(checked.occurrences.map((o) => [o.date, o.absenceId])).toEqual([
      ['2027-03-02', null],
      ['2027-03-09', away.id],
    ]);
  });
});
