import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

describe('request setup', () => {
  it('refuses bodies over 4 MiB with 413 and the error shape', async () => {
    const res = await t.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'x'.repeat(5 * 1024 * 1024), password: 'y' }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it('gives handlers their deps on every method', async () => {
    expect((await t.request('/api/health')).status).toBe(200);
    const login = await t.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: t.logins.technician, password: 'ikz-demo-2026' }),
    });
    expect(login.status).toBe(200);
  });
});
