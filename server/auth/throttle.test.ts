import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';
import { claimAttempt, forgiveAttempt, PAIR_RULE } from './throttle';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ trustProxy: ['10.0.0.1'] });
});
afterEach(() => t.close());

const PROXY = '10.0.0.1';
/** A login as it arrives through the trusted proxy from `client`. */
const login = (email: string, password: string, client: string) =>
  t.request('/api/auth/login', {
    method: 'POST',
    peer: PROXY,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ email, password }),
  });

describe('login throttle', () => {
  it('answers parallel wrong logins with 429 after the limit (counted before the password is checked)', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(t.logins.cover, `wrong-${i}`, '203.0.113.9')),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(PAIR_RULE.free);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - PAIR_RULE.free);
    const refused = answers.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: 'too_many_requests' });
  });

  it('lets the owner log in from their own address while an attacker is throttled', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => login(t.logins.cover, `wrong-${i}`, '203.0.113.9')));
    expect((await login(t.logins.cover, 'ikz-demo-2026', '203.0.113.9')).status).toBe(429);
    expect((await login(t.logins.cover, 'ikz-demo-2026', '198.51.100.20')).status).toBe(200);
  });

  it('limits one address trying many accounts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++)
      statuses.push((await login(`nobody-${i}@demo.ikz-einsatz.example`, 'guess', '203.0.113.50')).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    // Another address is not affected.
    expect((await login(t.logins.technician, 'ikz-demo-2026', '203.0.113.51')).status).toBe(200);
  });

  it('ignores X-Forwarded-For from peers that are not trusted proxies', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.request('/api/auth/login', {
        method: 'POST',
        peer: '203.0.113.77',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i}` },
        body: JSON.stringify({ email: t.logins.cover, password: 'wrong' }),
      });
      expect(res.status).toBe(401);
    }
    const forged = await t.request('/api/auth/login', {
      method: 'POST',
      peer: '203.0.113.77',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.99' },
      body: JSON.stringify({ email: t.logins.cover, password: 'ikz-demo-2026' }),
    });
    expect(forged.status).toBe(429);
  });

  it('makes each attempt past the free ones wait twice as long as the one before, up to a cap', async () => {
    const key = 'pair:test|1';
    let now = Date.parse('2026-11-18T09:30:00Z');
    for (let i = 0; i < PAIR_RULE.free; i++) expect(await claimAttempt(t.db, key, PAIR_RULE, now)).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const wait = await claimAttempt(t.db, key, PAIR_RULE, now);
      waits.push(wait);
      now += wait * 1000;
      expect(await claimAttempt(t.db, key, PAIR_RULE, now)).toBe(0);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
    // Quiet for a quarter of an hour after the last delay: the key starts over.
    now += 15 * 60_000 + 900_000;
    for (let i = 0; i < PAIR_RULE.free; i++) expect(await claimAttempt(t.db, key, PAIR_RULE, now)).toBe(0);
  });

  it('takes back the attempts of successful logins from a shared address', async () => {
    const key = 'addr:office';
    const now = Date.parse('2026-11-18T09:30:00Z');
    for (let i = 0; i < 100; i++) {
      expect(await claimAttempt(t.db, key, PAIR_RULE, now)).toBe(0);
      await forgiveAttempt(t.db, key, PAIR_RULE, now);
    }
  });
});
