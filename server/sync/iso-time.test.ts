import { describe, expect, it } from 'vitest';
import { isoTime } from './iso-time';

describe('isoTime', () => {
  it('is the ISO text of each time it is given, in any order', () => {
    const times = [0, 1, 1, 86_400_000 * 365, 1, 1_795_000_000_123, 1_795_000_000_124, 1_795_000_000_124, -1];
    for (const ms of times) expect(isoTime(new Date(ms))).toBe(new Date(ms).toISOString());
  });
});
