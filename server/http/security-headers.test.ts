import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let root: string;
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'ikz-static-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>IKZ</title>');
  t = await startTestApp({ staticRoot: root, trustProxy: ['10.0.0.1'], cookieSecure: 'auto' });
});
afterEach(async () => {
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

const common = [
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'content-security-policy',
  'x-frame-options',
  'cross-origin-opener-policy',
];

function expectSecured(res: Response, api: boolean): void {
  for (const name of common) expect(res.headers.get(name), name).toBeTruthy();
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  if (api) expect(res.headers.get('cache-control')).toBe('no-store');
}

describe('security headers', () => {
  it('are on every API answer: the no-op pull, errors, health, login, and personal answers are no-store', async () => {
    const cookie = await t.login(t.logins.technician);
    const answers = [
      await t.request('/api/sync/pull', { cookie }),
      await t.request('/api/auth/me', { cookie }),
      await t.request('/api/auth/me'),
      await t.request('/api/health'),
      await t.request('/api/nothing-here'),
      await t.request('/api/openapi.json', { headers: { 'accept-encoding': 'br' } }),
      await t.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 401, 200, 404, 200, 400]);
    for (const res of answers) expectSecured(res, true);
    expect(answers[0]!.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  });

  it('are on pages, with the PWA policy and the caching of pages', async () => {
    for (const [path, status] of [
      ['/', 200],
      ['/login', 200],
      ['/zeiten/0190a1b2-0000-7000-8000-000000000001', 200],
      ['/no-such-page', 404],
    ] as const) {
      const res = await t.request(path);
      expect(res.status, path).toBe(status);
      expectSecured(res, false);
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('add HSTS over HTTPS only, also behind a trusted TLS proxy', async () => {
    expect((await t.request('/api/health')).headers.get('strict-transport-security')).toBeNull();
    expect((await t.request('https://ikz.example/api/health')).headers.get('strict-transport-security')).toMatch(
      /max-age=\d+/,
    );
    const proxied = await t.request('/', { peer: '10.0.0.1', headers: { 'x-forwarded-proto': 'https' } });
    expect(proxied.headers.get('strict-transport-security')).toMatch(/max-age/);
    const cookie = await t.login(t.logins.technician);
    const pull = await t.request('/api/sync/pull', {
      cookie,
      peer: '10.0.0.1',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(pull.headers.get('strict-transport-security')).toMatch(/max-age/);
    const forged = await t.request('/', { peer: '203.0.113.5', headers: { 'x-forwarded-proto': 'https' } });
    expect(forged.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('session cookie with COOKIE_SECURE=auto', () => {
  const login = (init: { peer?: string; headers?: Record<string, string> }, url = '/api/auth/login') =>
    t.request(url, {
      method: 'POST',
      ...(init.peer ? { peer: init.peer } : {}),
      headers: { 'content-type': 'application/json', ...init.headers },
      body: JSON.stringify({ email: t.logins.technician, password: 'ikz-demo-2026' }),
    });

  it('is Secure behind a trusted TLS proxy and over HTTPS, not when an untrusted peer claims HTTPS', async () => {
    expect(
      (await login({ peer: '10.0.0.1', headers: { 'x-forwarded-proto': 'https' } })).headers.get('set-cookie'),
    ).toMatch(/;\s*Secure/i);
    expect((await login({}, 'https://ikz.example/api/auth/login')).headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    expect(
      (await login({ peer: '203.0.113.5', headers: { 'x-forwarded-proto': 'https' } })).headers.get('set-cookie'),
    ).not.toMatch(/Secure/i);
    expect((await login({})).headers.get('set-cookie')).not.toMatch(/Secure/i);
  });
});
