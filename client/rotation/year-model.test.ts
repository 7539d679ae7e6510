import { describe, expect, it } from 'vitest';
import type { Station } from '../../shared/rotation/schema';
import { blocksOf, firstMonday, monthColumns, weeksIn } from './year-model';

const station = (id: string, startsOn: string, endsOn: string) => ({ id, startsOn, endsOn }) as Station;

describe('the year view', () => {
  it('has the ISO weeks of the year as columns', () => {
    expect(firstMonday(2027)).toBe('2027-01-04');
    expect(firstMonday(2026)).toBe('2025-12-29');
    expect([weeksIn(2026), weeksIn(2027)]).toEqual([53, 52]);
  });

  it('places stations in week columns and clips them to the year', () => {
    const blocks = blocksOf(
      [
        station('b', '2027-01-11', '2027-02-05'),
        station('a', '2026-11-30', '2027-01-15'),
        station('old', '2026-01-05', '2026-01-30'),
        station('end', '2027-12-20', '2028-01-14'),
      ],
      2027,
    );
    expect(blocks.map((b) => [b.station.id, b.column, b.span])).toEqual([
      ['a', 1, 2],
      ['b', 2, 4],
      ['end', 51, 2],
    ]);
  });

  it('labels each month once, in order', () => {
    const months = monthColumns(2027);
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months[0]!.column).toBe(1);
  });
});
