import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invitationHashOf } from './tokens';
import { cookieFrom, inviteRequest, inviteToken, NEW_PASSWORD, personIdOf, setPassword } from '../testing/onboarding';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';

let t: TestApp;
let admin: string;
let tech: string;
beforeEach(async () => {
  t = await startTestApp({ trustProxy: ['loopback'] });
  admin = await t.login(t.logins.admin);
  tech = await personIdOf(t, t.logins.technician);
});
afterEach(() => t.close());

const errorOf = async (res: Response) => (await res.json()) as { code: string; details?: { path: string }[] };

describe('invitation links', () => {
  it('answers a link on the request origin and stores only the hash of its token', async () => {
    const res = await inviteRequest(t, admin, tech);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { link: string; expiresAt: string; mailed: boolean };
    expect(body.link).toMatch(/^http:\/\/localhost\/einladung\/[\w-]{43}$/);
    expect(body.expiresAt).toBe(new Date(TEST_NOW.getTime() + 7 * 86_400_000).toISOString());
    expect(body.mailed).toBe(false);
    const token = body.link.slice(body.link.lastIndexOf('/') + 1);
    const rows = await t.db.selectFrom('invitations').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(invitationHashOf(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('builds the link from the host and scheme a trusted proxy reports', async () => {
    const res = await t.request(`/api/admin/people/${tech}/invitation`, {
      method: 'POST',
      cookie: admin,
      peer: '127.0.0.1',
      headers: { 'x-forwarded-host': 'einsatz.gemeinde.example', 'x-forwarded-proto': 'https' },
    });
    expect(((await res.json()) as { link: string }).link).toMatch(/^https:\/\/einsatz\.gemeinde\.example\/einladung\//);
  });

  it('tells whose invitation it is, and nothing more', async () => {
    const token = await inviteToken(t, admin, tech);
    const res = await t.request(`/api/invitations/${token}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ displayName: 'Lena Hofer', associationName: expect.any(String) });
  });

  it('sets the password once, signs the person in, and is used up', async () => {
    const token = await inviteToken(t, admin, tech);
    const res = await setPassword(t, token, NEW_PASSWORD);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { user: { id: string } }).user.id).toBe(tech);
    const me = await t.request('/api/auth/me', { cookie: cookieFrom(res) });
    expect(me.status).toBe(200);
    await t.login(t.logins.technician, NEW_PASSWORD);
    await expect(t.login(t.logins.technician)).rejects.toThrow(/401/);
    const again = await setPassword(t, token, 'Ein-anderes-Passwort-99');
    expect(again.status).toBe(410);
    expect((await errorOf(again)).code).toBe('invitation_used');
    expect((await t.request(`/api/invitations/${token}`)).status).toBe(410);
    const audit = await t.db.selectFrom('auditLog').select(['action', 'actorId', 'rowId']).execute();
    expect(audit).toContainEqual({
      action: 'person.invite',
      actorId: await personIdOf(t, t.logins.admin),
      rowId: tech,
    });
    expect(audit).toContainEqual({ action: 'person.password_set', actorId: tech, rowId: tech });
  });

  it('lets only one of two requests at once use the link', async () => {
    const token = await inviteToken(t, admin, tech);
    const answers = await Promise.all([
      setPassword(t, token, 'Erstes-Passwort-Ossiach'),
      setPassword(t, token, 'Zweites-Passwort-Glanegg'),
    ]);
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 410]);
    const used = await t.db.selectFrom('auditLog').select('id').where('action', '=', 'person.password_set').execute();
    expect(used).toHaveLength(1);
    const sessions = await t.db.selectFrom('sessions').select('id').where('personId', '=', tech).execute();
    expect(sessions).toHaveLength(1);
  });

  it('expires after seven days', async () => {
    const token = await inviteToken(t, admin, tech);
    t.setNow(new Date(TEST_NOW.getTime() + 7 * 86_400_000 + 1000));
    const res = await setPassword(t, token, NEW_PASSWORD);
    expect(res.status).toBe(410);
    expect((await errorOf(res)).code).toBe('invitation_expired');
    expect((await errorOf(await t.request(`/api/invitations/${token}`))).code).toBe('invitation_expired');
    await t.login(t.logins.technician); // the old password is untouched
  });

  it('refuses an altered or made-up link with 404', async () => {
    const token = await inviteToken(t, admin, tech);
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [altered, 'kurz', `${token}x`]) {
      const res = await setPassword(t, bad, NEW_PASSWORD);
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe('invitation_not_found');
    }
    expect((await t.request(`/api/invitations/${altered}`)).status).toBe(404);
  });

  it('a new link replaces the old one and leaves the password alone until it is used', async () => {
    const first = await inviteToken(t, admin, tech);
    const second = await inviteToken(t, admin, tech);
    await t.login(t.logins.technician); // "send a new link" changes nothing yet
    const old = await setPassword(t, first, NEW_PASSWORD);
    expect(old.status).toBe(410);
    expect((await errorOf(old)).code).toBe('invitation_expired');
    expect((await setPassword(t, second, NEW_PASSWORD)).status).toBe(200);
  });

  it('keeps one open link when two are asked for at once', async () => {
    const answers = await Promise.all([inviteRequest(t, admin, tech), inviteRequest(t, admin, tech)]);
    expect(answers.map((r) => r.status)).toEqual([201, 201]);
    const open = await t.db
      .selectFrom('invitations')
      .select('id')
      .where('personId', '=', tech)
      .where('revokedAt', 'is', null)
      .execute();
    expect(open).toHaveLength(1);
  });
});

describe('password rules', () => {
  it('refuses a short password at the field and keeps the link', async () => {
    const token = await inviteToken(t, admin, tech);
    const res = await setPassword(t, token, 'kurz-9chr');
    expect(res.status).toBe(400);
    const body = await errorOf(res);
    expect(body.code).toBe('validation_failed');
    expect(body.details?.[0]?.path).toBe('password');
    expect((await t.request(`/api/invitations/${token}`)).status).toBe(200);
  });

  it('refuses a common password at the field and keeps the link', async () => {
    const token = await inviteToken(t, admin, tech);
    const res = await setPassword(t, token, 'Password123');
    expect(res.status).toBe(400);
    const body = await errorOf(res);
    expect(body.code).toBe('password_too_common');
    expect(body.details?.[0]?.path).toBe('password');
    expect((await setPassword(t, token, NEW_PASSWORD)).status).toBe(200);
  });
});
