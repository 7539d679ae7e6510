import { describe, expect, it } from 'vitest';
import { formatElapsed, timerSpans } from './timer';

const TZ = 'Europe/Vienna';
// Vienna is UTC+1 in winter, UTC+2 in summer.
const at = (iso: string) => new Date(iso);

describe('timerSpans', () => {
  it("makes one entry for a run within a day, in the person's time zone", () => {
    expect(timerSpans(at('2025-11-20T07:15:30Z'), at('2025-11-20T11:02:10Z'), TZ)).toEqual([
      { date: '2025-11-20', start: '08:15', end: '12:02' },
    ]);
  });

  it('records a run within the same minute as one minute', () => {
    expect(timerSpans(at('2025-11-20T07:15:05Z'), at('2025-11-20T07:15:50Z'), TZ)).toEqual([
      { date: '2025-11-20', start: '08:15', end: '08:16' },
    ]);
  });

  it('records one minute when the device clock went backwards', () => {
    expect(timerSpans(at('2025-11-20T07:15:00Z'), at('2025-11-20T06:00:00Z'), TZ)).toEqual([
      { date: '2025-11-20', start: '08:15', end: '08:16' },
    ]);
  });

  it('keeps a one-minute run that starts at 23:59 inside the day', () => {
    expect(timerSpans(at('2025-11-20T22:59:10Z'), at('2025-11-20T22:59:40Z'), TZ)).toEqual([
      { date: '2025-11-20', start: '23:58', end: '23:59' },
    ]);
  });

  it('splits a run across midnight into one entry per day', () => {
    expect(timerSpans(at('2025-11-20T20:30:00Z'), at('2025-11-21T01:45:00Z'), TZ)).toEqual([
      { date: '2025-11-20', start: '21:30', end: '23:59' },
      { date: '2025-11-21', start: '00:00', end: '02:45' },
    ]);
  });

  it('fills whole days in between for a run over several days', () => {
    const spans = timerSpans(at('2025-11-20T21:00:00Z'), at('2025-11-22T23:30:00Z'), TZ);
    expect(spans).toEqual([
      { date: '2025-11-20', start: '22:00', end: '23:59' },
      { date: '2025-11-21', start: '00:00', end: '23:59' },
      { date: '2025-11-22', start: '00:00', end: '23:59' },
      { date: '2025-11-23', start: '00:00', end: '00:30' },
    ]);
  });

  it('drops an empty piece when stopped in the first minute after midnight', () => {
    expect(timerSpans(at('2025-11-20T22:00:00Z'), at('2025-11-20T23:00:30Z'), TZ)).toEqual([
      { date: '2025-11-20', start: '23:00', end: '23:59' },
    ]);
  });

  it('does not split at UTC midnight, only at local midnight', () => {
    expect(timerSpans(at('2025-11-20T23:30:00Z'), at('2025-11-21T00:30:00Z'), TZ)).toEqual([
      { date: '2025-11-21', start: '00:30', end: '01:30' },
    ]);
  });

  it('uses wall-clock times across a daylight-saving change', () => {
    // 2025-03-30 02:00 CET jumps to 03:00 CEST: 90 real minutes read as 01:30–04:00.
    expect(timerSpans(at('2025-03-30T00:30:00Z'), at('2025-03-30T02:00:00Z'), TZ)).toEqual([
      { date: '2025-03-30', start: '01:30', end: '04:00' },
    ]);
  });
});

describe('formatElapsed', () => {
  it('shows hh:mm:ss and keeps counting past a day', () => {
    expect(formatElapsed(0)).toBe('00:00:00');
    expect(formatElapsed(3_723_999)).toBe('01:02:03');
    expect(formatElapsed(26 * 3600 * 1000)).toBe('26:00:00');
    expect(formatElapsed(-5)).toBe('00:00:00');
  });
});
