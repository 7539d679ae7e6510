import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountSessionsResponseSchema } from '../../shared/account/schemas';
import { DEMO_PASSWORD } from '../demo/data';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const NEW_PASSWORD = 'Ossiacher-See-Ufer-42';

async function sessions(cookie: string) {
  const res = await t.request('/api/account/sessions', { cookie });
  expect(res.status).toBe(200);
  return accountSessionsResponseSchema.parse(await res.json()).sessions;
}

const changePassword = (cookie: string, currentPassword: string, newPassword: string) =>
  t.json('/api/account/password', cookie, { currentPassword, newPassword });

describe('my account: password', () => {
  it('refuses a wrong current password at its field and keeps the old one', async () => {
    const cookie = await t.login(t.logins.technician);
    const res = await changePassword(cookie, 'not-my-password', NEW_PASSWORD);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; details: { path: string; code: string }[] };
    expect(body.code).toBe('validation_failed');
    expect(body.details).toEqual([expect.objectContaining({ path: 'currentPassword', code: 'wrong_password' })]);
    await t.login(t.logins.technician); // the old password still works
  });

  it('refuses a new password that is too short or the same as the current one, naming newPassword', async () => {
    const cookie = await t.login(t.logins.technician);
    for (const weak of ['kurz', DEMO_PASSWORD]) {
      const res = await changePassword(cookie, DEMO_PASSWORD, weak);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { details: { path: string }[] };
      expect(body.details.map((d) => d.path)).toContain('newPassword');
    }
    await t.login(t.logins.technician);
  });

  it('refuses a common password with password_too_common at newPassword, before anything is counted', async () => {
    const cookie = await t.login(t.logins.technician);
    for (const common of ['password123', 'Qwertyuiop']) {
      const res = await changePassword(cookie, DEMO_PASSWORD, common);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { code: string; details: { path: string; code: string }[] };
      expect(body.code).toBe('password_too_common');
      expect(body.details).toEqual([expect.objectContaining({ path: 'newPassword', code: 'password_too_common' })]);
    }
    await t.login(t.logins.technician);
  });

  it('changes the password, ends the other sessions, keeps this one and audits the act', async () => {
    const here = await t.login(t.logins.technician);
    const phone = await t.login(t.logins.technician);
    expect((await changePassword(here, DEMO_PASSWORD, NEW_PASSWORD)).status).toBe(200);
    expect((await t.request('/api/auth/me', { cookie: here })).status).toBe(200);
    expect((await t.request('/api/auth/me', { cookie: phone })).status).toBe(401);
    await expect(t.login(t.logins.technician)).rejects.toThrow(/401/);
    await t.login(t.logins.technician, NEW_PASSWORD);
    const audit = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'person.change-password')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before).toBeNull(); // no password material in the log
    expect(audit[0]?.after).toBeNull();
  });

  it('counts wrong current passwords like failed logins: the sixth try in a row waits', async () => {
    const cookie = await t.login(t.logins.technician);
    for (let i = 0; i < 5; i++) expect((await changePassword(cookie, 'falsch-geraten', NEW_PASSWORD)).status).toBe(400);
    const res = await changePassword(cookie, DEMO_PASSWORD, NEW_PASSWORD);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    t.setNow(new Date(TEST_NOW.getTime() + 31_000));
    expect((await changePassword(cookie, DEMO_PASSWORD, NEW_PASSWORD)).status).toBe(200);
  });
});

describe('my account: password changes at once', () => {
  it('applies one of two changes sent together, refuses the other; exactly one new password works', async () => {
    const [a, b] = [await t.login(t.logins.technician), await t.login(t.logins.technician)];
    const answers = await Promise.all([
      changePassword(a, DEMO_PASSWORD, 'Erste-Wahl-Gnesau-1'),
      changePassword(b, DEMO_PASSWORD, 'Zweite-Wahl-Ossiach-2'),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 400]);
    const won = answers[0]!.status === 200 ? 'Erste-Wahl-Gnesau-1' : 'Zweite-Wahl-Ossiach-2';
    const lost = won === 'Erste-Wahl-Gnesau-1' ? 'Zweite-Wahl-Ossiach-2' : 'Erste-Wahl-Gnesau-1';
    await t.login(t.logins.technician, won);
    await expect(t.login(t.logins.technician, lost)).rejects.toThrow(/401/);
    expect(
      await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'person.change-password').execute(),
    ).toHaveLength(1);
  });
});

describe('my account: sessions', () => {
  it('lists only my sessions, the current one marked', async () => {
    const here = await t.login(t.logins.technician);
    await t.login(t.logins.technician);
    await t.login(t.logins.cover);
    const list = await sessions(here);
    expect(list).toHaveLength(2);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    for (const s of list) expect(s.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('ends the others, keeps the current session and leaves colleagues signed in', async () => {
    const here = await t.login(t.logins.technician);
    const others = [await t.login(t.logins.technician), await t.login(t.logins.technician)];
    const colleague = await t.login(t.logins.cover);
    const res = await t.request('/api/account/sessions/end-others', { method: 'POST', cookie: here });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ended: 2 });
    expect((await t.request('/api/auth/me', { cookie: here })).status).toBe(200);
    for (const other of others) expect((await t.request('/api/auth/me', { cookie: other })).status).toBe(401);
    expect((await t.request('/api/auth/me', { cookie: colleague })).status).toBe(200);
    expect((await sessions(here)).map((s) => s.current)).toEqual([true]);
  });
});
