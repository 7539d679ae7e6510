import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const loginBody = (email: string, password: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email, password }),
});

describe('auth', () => {
  it('logs in, sets an HttpOnly SameSite cookie and answers /me with capabilities', async () => {
    const res = await t.request('/api/auth/login', loginBody(t.logins.technician, 'ikz-demo-2026'));
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/ikz_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await t.request('/api/auth/me', { cookie: cookie.split(';')[0]! });
    const body = (await me.json()) as { user: { displayName: string; capabilities: string[]; timeZone: string } };
    expect(body.user.displayName).toBe('Lena Hofer');
    expect(body.user.capabilities).toContain('time.log-own');
    expect(body.user.capabilities).not.toContain('assignments.plan');
    expect(body.user.timeZone).toBe('Europe/Vienna');
  });

  it("gives a contact's session her municipality, on login and /me; others have none", async () => {
    const own = await t.db
      .selectFrom('people')
      .select('municipalityId')
      .where('email', '=', t.logins.contact)
      .executeTakeFirstOrThrow();
    expect(own.municipalityId).toBeTruthy();
    const res = await t.request('/api/auth/login', loginBody(t.logins.contact, 'ikz-demo-2026'));
    const login = (await res.json()) as { user: { municipalityId: string | null } };
    expect(login.user.municipalityId).toBe(own.municipalityId);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const me = (await (await t.request('/api/auth/me', { cookie })).json()) as typeof login;
    expect(me.user.municipalityId).toBe(own.municipalityId);
    const tech = await t.request('/api/auth/login', loginBody(t.logins.technician, 'ikz-demo-2026'));
    expect(((await tech.json()) as typeof login).user.municipalityId).toBeNull();
  });

  it('refuses a wrong password with 401 and the error shape', async () => {
    const res = await t.request('/api/auth/login', loginBody(t.logins.technician, 'wrong-password'));
    expect(res.status).toBe(401);
    const body = (await res.json()) as { code: string; message: string; requestId: string };
    expect(body.code).toBe('unauthenticated');
    expect(body.message).toBeTruthy();
    expect(body.requestId).toBeTruthy();
  });

  it('answers malformed input with 400 and details, never 500', async () => {
    const bad = await t.request('/api/auth/login', loginBody('not-an-email', ''));
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { code: string; details: { path: string }[] };
    expect(body.code).toBe('validation_failed');
    expect(body.details.map((d) => d.path).sort()).toEqual(['email', 'password']);
    const broken = await t.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { code: string }).code).toBe('bad_request');
  });

  it('throttles repeated failed logins, even with the right password afterwards', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await t.request('/api/auth/login', loginBody(t.logins.cover, `wrong-${i}`))).status).toBe(401);
    }
    const locked = await t.request('/api/auth/login', loginBody(t.logins.cover, 'ikz-demo-2026'));
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account is not affected.
    expect((await t.request('/api/auth/login', loginBody(t.logins.technician, 'ikz-demo-2026'))).status).toBe(200);
    // After the lock expires the right password works again.
    t.setNow(new Date(new Date('2026-11-18T09:30:00Z').getTime() + 16 * 60_000));
    expect((await t.request('/api/auth/login', loginBody(t.logins.cover, 'ikz-demo-2026'))).status).toBe(200);
  });

  it('logout ends the session on the server', async () => {
    const cookie = await t.login(t.logins.technician);
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(200);
    expect((await t.request('/api/auth/logout', { method: 'POST', cookie })).status).toBe(200);
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(401);
  });

  it('answers without a session with 401 and unknown routes with 404 JSON', async () => {
    expect((await t.request('/api/auth/me')).status).toBe(401);
    expect((await t.request('/api/auth/me', { cookie: 'ikz_session=forged' })).status).toBe(401);
    const nf = await t.request('/api/nothing-here');
    expect(nf.status).toBe(404);
    expect(((await nf.json()) as { code: string }).code).toBe('not_found');
  });

  it('expires sessions after the configured days', async () => {
    const cookie = await t.login(t.logins.technician);
    t.setNow(new Date(new Date('2026-11-18T09:30:00Z').getTime() + 31 * 86_400_000));
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(401);
  });
});

describe('access that ends', () => {
  it('tells devices of a deactivated person that access ended, distinct from an expired session', async () => {
    const cookie = await t.login(t.logins.technician);
    await t.db.updateTable('people').set({ active: 0 }).where('email', '=', t.logins.technician).execute();
    const res = await t.request('/api/sync/pull', { cookie });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe('access_ended');
    expect((await t.request('/api/auth/login', loginBody(t.logins.technician, 'ikz-demo-2026'))).status).toBe(401);
  });
});
