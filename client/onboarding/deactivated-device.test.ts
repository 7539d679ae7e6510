import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../server/testing/test-app';
import { adminPost } from '../../server/testing/onboarding';
import { disposeDevices, logEntry, testDevice } from '../testing/test-device';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  disposeDevices();
  await t.close();
});

describe('a device of a person who is deactivated', () => {
  it('is signed out and drops the association’s data, parking what was not sent', async () => {
    const phone = await testDevice(t, t.logins.technician);
    await phone.sync();
    expect(await phone.db.assignments.count()).toBeGreaterThan(0);
    phone.net.online = false;
    await logEntry(phone, 'vor der Deaktivierung getippt');
    const admin = await t.login(t.logins.admin);
    expect((await adminPost(t, admin, phone.user.id, 'deactivate')).status).toBe(200);
    phone.net.online = true;
    await phone.sync();
    expect(phone.engine.status.phase).toBe('signed-out');
    for (const table of [phone.db.assignments, phone.db.municipalities, phone.db.people, phone.db.timeEntries])
      expect(await table.count()).toBe(0);
    expect(await phone.db.outbox.count()).toBe(0);
    expect((await phone.db.attention.toArray()).map((a) => a.row?.note)).toEqual(['vor der Deaktivierung getippt']);
  });
});
