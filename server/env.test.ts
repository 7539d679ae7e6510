import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('parseEnv', () => {
  it('fills quick-start defaults', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(8080);
    expect(env.DATA_DIR).toBe('./data');
    expect(env.DEMO_DATA).toBe(true);
    expect(env.DATABASE_URL).toBeUndefined();
  });
  it('reads a switched-off demo and a PostgreSQL URL', () => {
    const env = parseEnv({ DEMO_DATA: 'false', DATABASE_URL: 'postgres://u@127.0.0.1/db', PORT: '9000' });
    expect(env.DEMO_DATA).toBe(false);
    expect(env.PORT).toBe(9000);
  });
  it('stops with a message naming the bad setting', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(EnvError);
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL.*postgres/);
    expect(() => parseEnv({ DEMO_DATA: 'maybe' })).toThrow(/DEMO_DATA/);
  });
});
