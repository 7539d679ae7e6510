import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foreignAdmin } from '../testing/route-matrix';
import { newProfile, pushDevice, pushOne } from '../testing/people-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * One e-mail claimed by several administrators at the same moment, in the same association and in
 * two: on PostgreSQL these pushes overlap, and the loser must get a clean `email_taken`, never a 500
 * from the unique index at the end of its transaction, and nothing of it may be saved.
 */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

describe('concurrent claims of one e-mail', () => {
  it('applies exactly one create and refuses the others with email_taken', async () => {
    const ours = [await t.login(t.logins.admin), await t.login(t.logins.admin), await t.login(t.logins.admin)];
    const foreign = await foreignAdmin(t);
    // Devices of one session differ by client id: each push is a transaction of its own.
    const devices = [...ours, foreign, foreign].map(pushDevice);
    const email = 'gleiche.adresse@beispiel.example';
    const profiles = devices.map(() => newProfile({ email }));
    const results = await Promise.all(devices.map((d, i) => pushOne(t, d, 'personProfile.create', profiles[i])));
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 'applied'))
      expect(r).toMatchObject({ status: 'rejected', code: 'email_taken', fields: ['email'] });
    const people = await t.db.selectFrom('people').select('id').where('email', '=', email).execute();
    const profileRows = await t.db.selectFrom('personProfiles').select('id').where('email', '=', email).execute();
    expect(people).toHaveLength(1);
    expect(profileRows).toEqual(people);
  });

  it('lets exactly one of three renames to one address win, across associations', async () => {
    const profileOf = (email: string) =>
      t.db.selectFrom('personProfiles').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    const [lena, anna] = [await profileOf(t.logins.technician), await profileOf(t.logins.cover)];
    const foreign = pushDevice(await foreignAdmin(t));
    const created = await pushOne(t, foreign, 'personProfile.create', newProfile());
    const stranger = created.row as { id: string; rev: number; email: string };
    const email = 'neu@beispiel.example';
    const rename = (p: { id: string; rev: number; email: string }) => ({
      id: p.id,
      baseRev: p.rev,
      base: { email: p.email },
      changes: { email },
    });
    const [a, b] = [pushDevice(await t.login(t.logins.admin)), pushDevice(await t.login(t.logins.admin))];
    const results = await Promise.all([
      pushOne(t, a, 'personProfile.update', rename(lena)),
      pushOne(t, b, 'personProfile.update', rename(anna)),
      pushOne(t, foreign, 'personProfile.update', rename(stranger)),
    ]);
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.code === 'email_taken')).toHaveLength(2);
    const holders = await t.db.selectFrom('people').select('id').where('email', '=', email).execute();
    expect(holders).toHaveLength(1);
    expect(await t.db.selectFrom('personProfiles').select('id').where('email', '=', email).execute()).toEqual(holders);
  });
});
