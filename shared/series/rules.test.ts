import { describe, expect, it } from 'vitest';
import { latestEndOf, seriesIssues } from './rules';

const ok = { startDate: '2026-01-05', endDate: '2026-07-31', startTime: '08:00', endTime: '12:00', weekdays: [1, 3] };

describe('series rules', () => {
  it('accepts a series with an end within five years', () => {
    expect(seriesIssues(ok)).toEqual([]);
    expect(seriesIssues({ ...ok, endDate: latestEndOf(ok.startDate) })).toEqual([]);
  });

  it('refuses no end, an end before the start and one past five years with series_end at endDate', () => {
    const { endDate: _, ...noEnd } = ok;
    for (const s of [noEnd, { ...ok, endDate: '2025-12-31' }, { ...ok, endDate: '2031-01-05' }])
      expect(seriesIssues(s)).toEqual([expect.objectContaining({ path: 'endDate', code: 'series_end' })]);
    expect(latestEndOf('2026-01-05')).toBe('2031-01-04');
  });

  it('refuses an end time not after the start time, and a weekday named twice', () => {
    expect(seriesIssues({ ...ok, endTime: '08:00' })).toEqual([expect.objectContaining({ path: 'endTime' })]);
    expect(seriesIssues({ ...ok, weekdays: [1, 1] })).toEqual([expect.objectContaining({ path: 'weekdays' })]);
  });
});
