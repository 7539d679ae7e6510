import type { PersonProfileInput } from '../../shared/people/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoCallers, foreignAdmin } from '../testing/route-matrix';
import { newProfile, pushDevice, pushOne, pushRaw } from '../testing/people-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const admin = async () => pushDevice(await t.login(t.logins.admin));
const profileOf = (email: string) =>
  t.db.selectFrom('personProfiles').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
const personOf = (id: string) => t.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('personProfile.create', () => {
  it('creates the profile and the public people row, with no password and active as a new person is', async () => {
    const p = newProfile({ displayName: 'Miriam Pucher', roles: ['staff', 'mentor'], skills: ['Meldeamt'] });
    const result = await pushOne(t, await admin(), 'personProfile.create', p);
    expect(result).toMatchObject({ status: 'applied', row: { id: p.id, email: p.email } });
    const person = await personOf(p.id);
    expect(person).toMatchObject({ displayName: 'Miriam Pucher', email: p.email, passwordHash: null, active: 1 });
    expect(JSON.parse(person.roles)).toEqual(['staff', 'mentor']);
    expect(await t.db.selectFrom('personProfiles').select('id').where('id', '=', p.id).execute()).toHaveLength(1);
  });

  it.each(demoCallers.filter((c) => !c.roles.includes('admin')))('is refused to $label', async (caller) => {
    const d = pushDevice(await caller.login(t));
    const p = newProfile();
    expect(await pushOne(t, d, 'personProfile.create', p)).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect(await t.db.selectFrom('people').select('id').where('id', '=', p.id).execute()).toEqual([]);
  });

  it('refuses a taken e-mail in any letter case, naming the field, and saves nothing', async () => {
    const p = newProfile({ email: t.logins.technician.toUpperCase() });
    const result = await pushOne(t, await admin(), 'personProfile.create', p);
    expect(result).toMatchObject({ status: 'rejected', code: 'email_taken', fields: ['email'] });
    expect(await t.db.selectFrom('people').select('id').where('id', '=', p.id).execute()).toEqual([]);
    expect(await t.db.selectFrom('personProfiles').select('id').where('id', '=', p.id).execute()).toEqual([]);
  });

  it("refuses another association's e-mail saying only that it is taken", async () => {
    await foreignAdmin(t);
    const result = await pushOne(
      t,
      await admin(),
      'personProfile.create',
      newProfile({ email: 'admin@fremd.example' }),
    );
    expect(result).toEqual({
      mutationId: 1,
      status: 'rejected',
      code: 'email_taken',
      message: 'This e-mail address is already taken',
      fields: ['email'],
      details: [{ path: 'email', code: 'email_taken', message: 'This e-mail address is already taken' }],
      row: null,
    });
  });

  it('refuses an unknown role with 400 naming the field', async () => {
    const res = await pushRaw(t, await admin(), [
      { name: 'personProfile.create', args: { ...newProfile(), roles: ['staff', 'chief'] } },
    ]);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; details: { path: string }[] };
    expect(body.code).toBe('validation_failed');
    expect(body.details.some((d) => d.path.includes('roles'))).toBe(true);
  });

  const broken: [Partial<PersonProfileInput>, string, string][] = [
    [{ activeFrom: '2026-12-01', activeTo: '2026-11-30' }, 'active_to_before_from', 'activeTo'],
    [{ dateOfBirth: '2026-11-19' }, 'birth_in_future', 'dateOfBirth'],
    [{ trainingFrom: '2026-09-01', trainingTo: '2026-08-31' }, 'training_to_before_from', 'trainingTo'],
    [{ roles: ['municipality_contact'] }, 'municipality_required', 'municipalityId'],
  ];
  it.each(broken)('refuses %o as %s at %s', async (over, code, field) => {
    const p = newProfile(over);
    const result = await pushOne(t, await admin(), 'personProfile.create', p);
    expect(result).toMatchObject({ status: 'rejected', code, fields: [field] });
    expect(await t.db.selectFrom('people').select('id').where('id', '=', p.id).execute()).toEqual([]);
  });

  it('refuses a person id that exists already, in this association or another', async () => {
    const lena = await profileOf(t.logins.technician);
    const result = await pushOne(t, await admin(), 'personProfile.create', newProfile({ id: lena.id }));
    expect(result).toMatchObject({ status: 'rejected', code: 'id_taken', row: null });
    const foreign = pushDevice(await foreignAdmin(t));
    const again = await pushOne(t, foreign, 'personProfile.create', newProfile({ id: lena.id }));
    expect(again).toMatchObject({ status: 'rejected', code: 'id_taken', row: null });
    expect((await personOf(lena.id)).displayName).toBe(lena.displayName);
  });
});

describe('personProfile.update', () => {
  it('writes the public row and the login e-mail in the same push', async () => {
    const lena = await profileOf(t.logins.technician);
    const result = await pushOne(t, await admin(), 'personProfile.update', {
      id: lena.id,
      baseRev: lena.rev,
      base: { displayName: lena.displayName, email: lena.email },
      changes: { displayName: 'Lena Hofer-Gruber', email: 'Lena.Gruber@Demo.Example' },
    });
    expect(result).toMatchObject({ status: 'applied', row: { email: 'lena.gruber@demo.example' } });
    expect(await personOf(lena.id)).toMatchObject({
      displayName: 'Lena Hofer-Gruber',
      email: 'lena.gruber@demo.example',
    });
    await expect(t.login('lena.gruber@demo.example')).resolves.toMatch(/^ikz_session=/);
  });

  it('merges edits of different fields by two admins and makes the same field a conflict', async () => {
    const lena = await profileOf(t.logins.technician);
    const [a, b] = [await admin(), await admin()];
    const first = await pushOne(t, a, 'personProfile.update', {
      id: lena.id,
      baseRev: lena.rev,
      base: { employingBody: '', weeklyTargetMinutes: lena.weeklyTargetMinutes },
      changes: { employingBody: 'Zweckverband', weeklyTargetMinutes: 20 * 60 },
    });
    expect(first.status).toBe('applied');
    const other = await pushOne(t, b, 'personProfile.update', {
      id: lena.id,
      baseRev: lena.rev,
      base: { skills: JSON.parse(lena.skills) },
      changes: { skills: ['WLAN'] },
    });
    expect(other).toMatchObject({ status: 'merged', row: { employingBody: 'Zweckverband', skills: ['WLAN'] } });
    const same = await pushOne(t, b, 'personProfile.update', {
      id: lena.id,
      baseRev: lena.rev,
      base: { weeklyTargetMinutes: lena.weeklyTargetMinutes },
      changes: { weeklyTargetMinutes: 25 * 60 },
    });
    expect(same).toMatchObject({ status: 'conflict', fields: ['weeklyTargetMinutes'] });
    expect((await profileOf(t.logins.technician)).weeklyTargetMinutes).toBe(20 * 60);
  });

  it('refuses a change that breaks a rule, leaving profile and public row as they were', async () => {
    const lena = await profileOf(t.logins.technician);
    const result = await pushOne(t, await admin(), 'personProfile.update', {
      id: lena.id,
      baseRev: lena.rev,
      base: { displayName: lena.displayName, activeFrom: null, activeTo: null },
      changes: { displayName: 'Neu', activeFrom: '2026-05-01', activeTo: '2026-04-01' },
    });
    expect(result).toMatchObject({ status: 'rejected', code: 'active_to_before_from', row: { id: lena.id } });
    expect((await personOf(lena.id)).displayName).toBe(lena.displayName);
    expect((await profileOf(t.logins.technician)).rev).toBe(lena.rev);
  });

  it("refuses the admin's removal of her own admin role", async () => {
    const me = await profileOf(t.logins.admin);
    const result = await pushOne(t, await admin(), 'personProfile.update', {
      id: me.id,
      baseRev: me.rev,
      base: { roles: JSON.parse(me.roles) },
      changes: { roles: ['coordinator'] },
    });
    expect(result).toMatchObject({ status: 'rejected', code: 'own_admin_role', fields: ['roles'] });
  });

  const lenaEdit = async () => {
    const lena = await profileOf(t.logins.technician);
    return { id: lena.id, baseRev: lena.rev, base: { employingBody: '' }, changes: { employingBody: 'X' } };
  };

  it.each(demoCallers.filter((c) => !c.roles.includes('admin')))('is refused to $label', async (caller) => {
    const d = pushDevice(await caller.login(t));
    expect(await pushOne(t, d, 'personProfile.update', await lenaEdit())).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    expect((await profileOf(t.logins.technician)).employingBody).toBe('');
  });

  it("does not find another association's person for a foreign administrator", async () => {
    const foreign = pushDevice(await foreignAdmin(t));
    expect(await pushOne(t, foreign, 'personProfile.update', await lenaEdit())).toMatchObject({
      status: 'rejected',
      code: 'not_found',
      row: null,
    });
    expect((await profileOf(t.logins.technician)).employingBody).toBe('');
  });
});
