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
  it('takes an e-mail or web address for accessibility reports, nothing else', () => {
    expect(parseEnv({ ACCESSIBILITY_CONTACT: 'barrierefrei@feldkirchen.example' }).ACCESSIBILITY_CONTACT).toBe(
      'barrierefrei@feldkirchen.example',
    );
    expect(
      parseEnv({ ACCESSIBILITY_CONTACT: 'https://feldkirchen.example/barrierefreiheit' }).ACCESSIBILITY_CONTACT,
    ).toBe('https://feldkirchen.example/barrierefreiheit');
    expect(parseEnv({}).ACCESSIBILITY_CONTACT).toBeUndefined();
    expect(() => parseEnv({ ACCESSIBILITY_CONTACT: 'call us' })).toThrow(/ACCESSIBILITY_CONTACT/);
    expect(() => parseEnv({ ACCESSIBILITY_CONTACT: 'javascript:alert(1)' })).toThrow(/ACCESSIBILITY_CONTACT/);
  });
  it('reads trusted proxies as addresses and ranges, refusing anything else', () => {
    expect(parseEnv({}).TRUST_PROXY).toEqual([]);
    expect(parseEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::1' }).TRUST_PROXY).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::1',
    ]);
    expect(() => parseEnv({ TRUST_PROXY: 'proxy.example' })).toThrow(/TRUST_PROXY.*proxy\.example/);
    expect(() => parseEnv({ TRUST_PROXY: '10.0.0.0/40' })).toThrow(/TRUST_PROXY/);
  });
});
