import { describe, expect, it } from 'vitest';
import { clockOffsetMs, noteServerTime, trustedNow } from './server-clock';

describe('server clock', () => {
  it('corrects a phone clock that is days off by the server time of the last sync', () => {
    const deviceNow = Date.now();
    noteServerTime(new Date(deviceNow - 9 * 86_400_000).toISOString(), deviceNow);
    expect(Math.round(clockOffsetMs() / 86_400_000)).toBe(-9);
    expect(Math.abs(trustedNow().getTime() - (Date.now() - 9 * 86_400_000))).toBeLessThan(1000);
    noteServerTime('not a time');
    expect(Math.round(clockOffsetMs() / 86_400_000)).toBe(-9);
  });
});
