import type { Issue } from '../errors/errors';
import { addDays, toMinutes } from '../time/dates';
import { MAX_SERIES_YEARS, type SeriesInput } from './schema';

/** The last date a series starting on `startDate` may reach. */
export const latestEndOf = (startDate: string): string => {
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y + MAX_SERIES_YEARS, m - 1, d));
  return addDays(limit.toISOString().slice(0, 10), -1);
};

/**
 * What is wrong with a series, field by field (empty: nothing). Run by the device before saving and by
 * the server on arrival. No end, an end before the start or more than five years on: `series_end`.
 */
export function seriesIssues(s: Partial<SeriesInput>): Issue[] {
  const issues: Issue[] = [];
  if (!s.endDate) issues.push({ path: 'endDate', code: 'series_end', message: 'A series needs an end date' });
  else if (s.startDate && s.endDate < s.startDate)
    issues.push({ path: 'endDate', code: 'series_end', message: 'The end lies before the start' });
  else if (s.startDate && s.endDate > latestEndOf(s.startDate))
    issues.push({ path: 'endDate', code: 'series_end', message: `At most ${MAX_SERIES_YEARS} years` });
  if (s.startTime && s.endTime && toMinutes(s.endTime) <= toMinutes(s.startTime))
    issues.push({ path: 'endTime', code: 'end_before_start', message: 'The end lies before the start' });
  if (s.weekdays && new Set(s.weekdays).size !== s.weekdays.length)
    issues.push({ path: 'weekdays', code: 'duplicate_weekday', message: 'A weekday is named twice' });
  return issues;
}
