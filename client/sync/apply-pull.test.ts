import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../server/testing/test-app';
import { getMeta } from '../db/local-db';
import { pullAll } from './engine';
import { disposeDevices, testDevice } from './test-device';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  disposeDevices();
  await t.close();
});

describe('applying a pull page', () => {
  it('writes nothing, not even the cursor, when the app dies in the middle of a page', async () => {
    const phone = await testDevice(t, t.logins.technician);
    // Killed after municipalities, sites and assignments of the page were written.
    const kill = () => {
      throw new Error('app killed');
    };
    phone.db.timeEntries.hook('creating', kill);
    await expect(pullAll(phone.db, phone.transport)).rejects.toThrow('app killed');
    expect(await phone.db.municipalities.count()).toBe(0);
    expect(await phone.db.assignments.count()).toBe(0);
    expect(await getMeta(phone.db, 'cursor', 0)).toBe(0);

    phone.db.timeEntries.hook('creating').unsubscribe(kill);
    await pullAll(phone.db, phone.transport);
    expect(await phone.db.municipalities.count()).toBe(10);
    expect(await phone.db.timeEntries.count()).toBeGreaterThan(0);
  });

  it('pages through large pulls and ends with the server’s last revision as cursor', async () => {
    const phone = await testDevice(t, t.logins.coordinator);
    const rows = await pullAll(phone.db, phone.transport, 100);
    expect(rows).toBeGreaterThan(300);
    const state = await t.db.selectFrom('syncState').select('rev').executeTakeFirstOrThrow();
    expect(await getMeta(phone.db, 'cursor', 0)).toBe(Number(state.rev));
  });
});
