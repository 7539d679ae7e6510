import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersonAccess } from '../../shared/onboarding/schemas';
import { newProfile } from '../../server/testing/people-pushes';
import { startTestApp, TEST_NOW, type TestApp } from '../../server/testing/test-app';
import { callJson } from '../api/http';
import { createPersonProfile } from '../people/local-writes';
import { disposeDevices, testDevice } from '../testing/test-device';
import { loadAccess } from './access-loader';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  disposeDevices();
  await t.close();
});

describe('the access section of a person created on this device', () => {
  it('waits for the sync instead of failing, then loads once the person is on the server', async () => {
    const admin = await testDevice(t, t.logins.admin);
    await admin.sync();
    const person = await createPersonProfile(admin.db, newProfile(), TEST_NOW);
    const fetchAccess = (id: string) => callJson<PersonAccess>(admin.transport, `/api/admin/people/${id}/access`);
    // Asking the server now would be a 404 ("could not load"): it does not know the person yet.
    await expect(fetchAccess(person.id)).rejects.toMatchObject({ status: 404 });
    const spy = vi.fn(fetchAccess);
    expect(await loadAccess(admin.db, person.id, spy)).toEqual({ kind: 'unsynced' });
    expect(spy).not.toHaveBeenCalled();
    const before = admin.engine.status.lastSyncAt;
    await admin.sync();
    // The signal the section retries on: a successful sync moves lastSyncAt.
    expect(admin.engine.status.lastSyncAt).not.toBe(before);
    expect(await loadAccess(admin.db, person.id, spy)).toMatchObject({
      kind: 'ready',
      access: { id: person.id, hasPassword: false, active: true },
    });
  });

  it('says offline when the server cannot be reached, and still fails on other errors', async () => {
    const admin = await testDevice(t, t.logins.admin);
    const fetchAccess = (id: string) => callJson<PersonAccess>(admin.transport, `/api/admin/people/${id}/access`);
    admin.net.online = false;
    expect(await loadAccess(admin.db, admin.user.id, fetchAccess)).toEqual({ kind: 'offline' });
    admin.net.online = true;
    await expect(loadAccess(admin.db, 'not-a-person', fetchAccess)).rejects.toMatchObject({ status: 404 });
  });
});
