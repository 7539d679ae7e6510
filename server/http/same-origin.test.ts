import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let cookie: string;
beforeEach(async () => {
  t = await startTestApp();
  cookie = await t.login(t.logins.technician);
});
afterEach(() => t.close());

const push = (headers: Record<string, string>) =>
  t.request('/api/sync/push', {
    method: 'POST',
    cookie,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      type: 'push',
      protocol: 1,
      clientId: '01900000-0000-7000-8000-0000000000aa',
      mutations: [{ id: 1, name: 'timeEntry.delete', args: { id: '01900000-0000-7000-8000-0000000000ab', base: {} } }],
    }),
  });

describe('state-changing requests from other sites', () => {
  it('refuses a form-encoded logout posted from another site, and the session stays', async () => {
    const res = await t.request('/api/auth/logout', {
      method: 'POST',
      cookie,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      },
      body: 'x=1',
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'forbidden', requestId: expect.any(String) });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(200);
  });

  it(
    'refuses a push with a foreign Origin (older browsers ' + 'send no Sec-Fetch-Site) or from a sibling site',
    async () => {
      expect((await push({ origin: 'https://evil.example' })).status).toBe(403);
      expect((await push({ origin: 'null' })).status).toBe(403);
      expect((await push({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
      expect(t.changes).toHaveLength(0);
    },
  );

  it('accepts the app itself and programs that send neither header', async () => {
    expect((await push({ origin: 'http://localhost', 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await push({ origin: 'http://localhost' })).status).toBe(200);
    expect((await push({})).status).toBe(200);
    const logout = await t.request('/api/auth/logout', {
      method: 'POST',
      cookie,
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    expect(logout.status).toBe(200);
  });

  it('leaves reads alone: a cross-site GET is answered as usual', async () => {
    expect(
      (await t.request('/api/health', { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } }))
        .status,
    ).toBe(200);
  });
});
