import { describe, expect, it } from 'vitest';
import { RECENT_SESSION_IDS, recentSessionIdOf, sessionIdOf } from './sessions';

describe('recentSessionIdOf', () => {
  it('gives the session id of every token, also after it had to forget the ones it held', () => {
    const tokens = Array.from({ length: RECENT_SESSION_IDS + 5 }, (_, i) => `token-${i}`);
    for (const t of tokens) expect(recentSessionIdOf(t)).toBe(sessionIdOf(t));
    for (const t of [tokens[0]!, tokens.at(-1)!, tokens[RECENT_SESSION_IDS]!])
      expect(recentSessionIdOf(t)).toBe(sessionIdOf(t));
    expect(sessionIdOf('a')).not.toBe(sessionIdOf('b'));
  });
});
