import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminPost, cookieFrom, inviteToken, NEW_PASSWORD, personIdOf, setPassword } from '../testing/onboarding';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let admin: string;
let adminId: string;
let tech: string;
beforeEach(async () => {
  t = await startTestApp();
  admin = await t.login(t.logins.admin);
  adminId = await personIdOf(t, t.logins.admin);
  tech = await personIdOf(t, t.logins.technician);
});
afterEach(() => t.close());

const codeOf = async (res: Response) => ((await res.json()) as { code: string }).code;
const pull = (cookie: string) => t.request('/api/sync/pull?cursor=0&limit=500', { cookie });

describe('deactivation', () => {
  it('ends every session of the person: the old cookies get 401 session_revoked, pulls too', async () => {
    const phone = await t.login(t.logins.technician);
    const laptop = await t.login(t.logins.technician);
    expect((await pull(phone)).status).toBe(200); // cached as a live session first
    const res = await adminPost(t, admin, tech, 'deactivate');
    expect(res.status).toBe(200);
    for (const cookie of [phone, laptop]) {
      const me = await t.request('/api/auth/me', { cookie });
      expect(me.status).toBe(401);
      expect(await codeOf(me)).toBe('session_revoked');
      expect((await pull(cookie)).status).toBe(401);
    }
    expect(await t.db.selectFrom('sessions').select('id').where('personId', '=', tech).execute()).toEqual([]);
    await expect(t.login(t.logins.technician)).rejects.toThrow(/401/);
  });

  it('is a synced change: the row gets a new revision and the association pulls active = false', async () => {
    const before = await t.db.selectFrom('people').select('rev').where('id', '=', tech).executeTakeFirstOrThrow();
    await adminPost(t, admin, tech, 'deactivate');
    const after = await t.db
      .selectFrom('people')
      .select(['rev', 'active'])
      .where('id', '=', tech)
      .executeTakeFirstOrThrow();
    expect(Number(after.rev)).toBeGreaterThan(Number(before.rev));
    expect(after.active).toBe(0);
    // A device that had everything up to the revision before sees exactly this change.
    const res = await t.request(`/api/sync/pull?cursor=${Number(after.rev) - 1}&limit=500`, { cookie: admin });
    const page = (await res.json()) as { upserts: { people: { id: string; active: boolean }[] } };
    expect(page.upserts.people).toEqual([expect.objectContaining({ id: tech, active: false })]);
    expect(t.changes).toContain(t.associationId);
  });

  it("voids the person's open invitation", async () => {
    const token = await inviteToken(t, admin, tech);
    await adminPost(t, admin, tech, 'deactivate');
    const res = await setPassword(t, token, 'Steuerberg-Almweg-2026');
    expect(res.status).toBe(410);
    expect(await codeOf(res)).toBe('invitation_expired');
    expect((await t.request(`/api/admin/people/${tech}/invitation`, { method: 'POST', cookie: admin })).status).toBe(
      409,
    );
  });

  it('writes person.deactivate and session.revoke to the audit log', async () => {
    await t.login(t.logins.technician);
    await adminPost(t, admin, tech, 'deactivate');
    const rows = await t.db.selectFrom('auditLog').select(['action', 'actorId', 'rowId', 'after']).execute();
    expect(rows.map((r) => r.action).sort()).toEqual(['person.deactivate', 'session.revoke']);
    expect(rows.every((r) => r.actorId === adminId && r.rowId === tech)).toBe(true);
    expect(JSON.parse(rows.find((r) => r.action === 'session.revoke')!.after!)).toEqual({ sessions: 1 });
  });

  it('refuses to deactivate oneself', async () => {
    const res = await adminPost(t, admin, adminId, 'deactivate');
    expect(res.status).toBe(409);
    expect((await t.request('/api/auth/me', { cookie: admin })).status).toBe(200);
  });

  it('answers 404 for an id that is no person of the association', async () => {
    expect((await adminPost(t, admin, crypto.randomUUID(), 'deactivate')).status).toBe(404);
    expect((await adminPost(t, admin, 'not-an-id', 'deactivate')).status).toBe(404);
  });

  it('reactivation lets the person sign in again, with a revision and an audit row', async () => {
    await adminPost(t, admin, tech, 'deactivate');
    const res = await adminPost(t, admin, tech, 'reactivate');
    expect(res.status).toBe(200);
    await t.login(t.logins.technician);
    const actions = await t.db.selectFrom('auditLog').select('action').execute();
    expect(actions.map((a) => a.action)).toContain('person.reactivate');
  });

  it('holds with requests in flight at once: one deactivation, one audit row', async () => {
    await t.login(t.logins.technician);
    const answers = await Promise.all([
      adminPost(t, admin, tech, 'deactivate'),
      adminPost(t, admin, tech, 'deactivate'),
      t.request(`/api/admin/people/${tech}/invitation`, { method: 'POST', cookie: admin }),
    ]);
    expect(answers[0]!.status).toBe(200);
    expect(answers[1]!.status).toBe(200);
    const audit = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'person.deactivate')
      .execute();
    expect(audit).toHaveLength(1);
    // Whichever came first, no usable link is left once the person is inactive.
    const open = await t.db
      .selectFrom('invitations')
      .select('id')
      .where('personId', '=', tech)
      .where('revokedAt', 'is', null)
      .execute();
    expect(open).toEqual([]);
  });

  it('leaves no way in when a link is used while the person is deactivated', async () => {
    const token = await inviteToken(t, admin, tech);
    const [used, deactivated] = await Promise.all([
      setPassword(t, token, NEW_PASSWORD),
      adminPost(t, admin, tech, 'deactivate'),
    ]);
    expect(deactivated.status).toBe(200);
    expect([200, 410]).toContain(used.status);
    if (used.status === 200) expect((await t.request('/api/auth/me', { cookie: cookieFrom(used) })).status).toBe(401);
    expect(await t.db.selectFrom('sessions').select('id').where('personId', '=', tech).execute()).toEqual([]);
    await expect(t.login(t.logins.technician, NEW_PASSWORD)).rejects.toThrow(/401/);
  });
});
