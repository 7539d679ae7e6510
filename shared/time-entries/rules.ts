import type { Issue } from '../errors/errors';
import { daysBetween, toMinutes } from '../time/dates';

/** How far ahead an entry may be dated: a few days tolerate wrong phone clocks, more is a typo. */
export const MAX_FUTURE_DAYS = 7;

export type TimedFields = { date: string; start: string; end: string; breakMinutes: number };

export function grossMinutes(e: Pick<TimedFields, 'start' | 'end'>): number {
  return toMinutes(e.end) - toMinutes(e.start);
}

export function netMinutes(e: Pick<TimedFields, 'start' | 'end' | 'breakMinutes'>): number {
  return Math.max(0, grossMinutes(e) - e.breakMinutes);
}

/**
 * The rules a time entry must meet, checked in the form before the outbox and again on the server.
 * `today` is the caller's calendar date (device or server), so tolerance covers clock skew.
 */
export function checkTimeEntry(e: TimedFields, today: string): Issue[] {
  const issues: Issue[] = [];
  const gross = grossMinutes(e);
  if (gross <= 0) {
    issues.push({ path: 'end', code: 'end_before_start', message: 'End must be after start.' });
  } else if (e.breakMinutes >= gross) {
    issues.push({ path: 'breakMinutes', code: 'break_too_long', message: 'Break must be shorter than the entry.' });
  }
  if (daysBetween(today, e.date) > MAX_FUTURE_DAYS) {
    issues.push({
      path: 'date',
      code: 'date_in_future',
      message: `Date may be at most ${MAX_FUTURE_DAYS} days ahead.`,
    });
  }
  return issues;
}
