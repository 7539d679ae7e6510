import { addDays, dateIn, fromMinutes, timeIn, toMinutes } from '../../shared/time/dates';

/** One time entry's worth of a stopped timer: a calendar date with wall-clock start and end. */
export type TimerSpan = { date: string; start: string; end: string };

const LAST_MINUTE = 23 * 60 + 59;

/** The shortest entry a timer makes: one minute, kept inside the day (23:59 becomes 23:58–23:59). */
function oneMinute(date: string, start: string): TimerSpan {
  const from = Math.min(toMinutes(start), LAST_MINUTE - 1);
  return { date, start: fromMinutes(from), end: fromMinutes(from + 1) };
}

/**
 * Turns a timer run into entries, in the person's time zone, to the minute. A run that crosses
 * midnight becomes one entry per day (…–23:59, 00:00–…); a run shorter than a minute, or a
 * device clock that went backwards, still records one minute rather than nothing.
 */
export function timerSpans(startedAt: Date, stoppedAt: Date, timeZone: string): TimerSpan[] {
  const end = stoppedAt.getTime() < startedAt.getTime() ? startedAt : stoppedAt;
  const startDate = dateIn(timeZone, startedAt);
  const startTime = timeIn(timeZone, startedAt);
  const endDate = dateIn(timeZone, end);
  const endTime = timeIn(timeZone, end);
  const spans: TimerSpan[] = [];
  for (let date = startDate; date <= endDate; date = addDays(date, 1)) {
    const from = date === startDate ? startTime : '00:00';
    const to = date === endDate ? endTime : fromMinutes(LAST_MINUTE);
    if (toMinutes(to) > toMinutes(from)) spans.push({ date, start: from, end: to });
  }
  return spans.length > 0 ? spans : [oneMinute(startDate, startTime)];
}

/** Elapsed time as h:mm:ss (hours keep counting past 24, a forgotten timer should look forgotten). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
