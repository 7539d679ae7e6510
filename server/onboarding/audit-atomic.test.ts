import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as audit from '../audit/write';
import { adminPost, inviteRequest, inviteToken, NEW_PASSWORD, personIdOf, setPassword } from '../testing/onboarding';
import { startTestApp, type TestApp } from '../testing/test-app';

// The real writer, wrapped so one test can make it fail right after it wrote its rows.
vi.mock('../audit/write', async (importOriginal) => {
  const real = await importOriginal<typeof audit>();
  return { ...real, writeAudit: vi.fn(real.writeAudit) };
});
const writeAudit = vi.mocked(audit.writeAudit);
const realWriteAudit = (await vi.importActual<typeof audit>('../audit/write')).writeAudit;

/** The next audit write succeeds, then the transaction fails: nothing of the act may remain. */
const failAfterNextAuditWrite = () =>
  writeAudit.mockImplementationOnce(async (trx, entries) => {
    await realWriteAudit(trx, entries);
    throw new Error('simulated failure after the audit write');
  });

let t: TestApp;
let admin: string;
let tech: string;
beforeEach(async () => {
  t = await startTestApp();
  admin = await t.login(t.logins.admin);
  tech = await personIdOf(t, t.logins.technician);
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await t.close();
});

const auditRows = () => t.db.selectFrom('auditLog').select('action').execute();

describe('the audit row and the act commit or roll back together', () => {
  it('deactivation', async () => {
    const phone = await t.login(t.logins.technician);
    failAfterNextAuditWrite();
    expect((await adminPost(t, admin, tech, 'deactivate')).status).toBe(500);
    expect(await auditRows()).toEqual([]);
    const person = await t.db.selectFrom('people').select('active').where('id', '=', tech).executeTakeFirstOrThrow();
    expect(person.active).toBe(1);
    expect((await t.request('/api/auth/me', { cookie: phone })).status).toBe(200);
    // And when nothing fails, both are there.
    expect((await adminPost(t, admin, tech, 'deactivate')).status).toBe(200);
    expect((await auditRows()).map((r) => r.action)).toContain('person.deactivate');
  });

  it('invitation', async () => {
    failAfterNextAuditWrite();
    expect((await inviteRequest(t, admin, tech)).status).toBe(500);
    expect(await auditRows()).toEqual([]);
    expect(await t.db.selectFrom('invitations').select('id').execute()).toEqual([]);
  });

  it('setting the password', async () => {
    const token = await inviteToken(t, admin, tech);
    failAfterNextAuditWrite();
    expect((await setPassword(t, token, NEW_PASSWORD)).status).toBe(500);
    expect((await auditRows()).map((r) => r.action)).toEqual(['person.invite']);
    await t.login(t.logins.technician); // the old password still holds
    expect((await setPassword(t, token, NEW_PASSWORD)).status).toBe(200); // and the link is still unused
  });
});
