import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../server/testing/test-app';
import type { PullResponse } from '../../shared/sync/protocol';
import { callJson } from '../api/http';
import { getMeta } from '../db/local-db';
import { applyPullPage } from './apply-pull';
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

  it('does not read rows back into tables that hold none (a fresh device), and does once they hold some', async () => {
    const phone = await testDevice(t, t.logins.technician);
    const page = await callJson<PullResponse>(phone.transport, '/api/sync/pull?cursor=0&limit=5000');
    expect(page.upserts.timeEntries.length).toBeGreaterThan(0);
    // applyPullPage reaches the table through db.table(), a different object than db.timeEntries.
    const reads = vi.spyOn(phone.db.table('timeEntries'), 'bulkGet');
    await applyPullPage(phone.db, page);
    expect(reads).not.toHaveBeenCalled();
    expect(await phone.db.timeEntries.count()).toBe(page.upserts.timeEntries.length);
    await applyPullPage(phone.db, page);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('never moves a stored row back to an older version', async () => {
    const phone = await testDevice(t, t.logins.technician);
    const page = await callJson<PullResponse>(phone.transport, '/api/sync/pull?cursor=0&limit=5000');
    await applyPullPage(phone.db, page);
    // An overlapping pull (another tab) stored a newer version of one entry meanwhile.
    const [newer, other] = page.upserts.timeEntries;
    await phone.db.timeEntries.put({ ...newer!, rev: newer!.rev + 10, note: 'newer' });
    await phone.db.timeEntries.put({ ...other!, rev: other!.rev - 1, note: 'older' });
    await applyPullPage(phone.db, page);
    expect(await phone.db.timeEntries.get(newer!.id)).toMatchObject({ rev: newer!.rev + 10, note: 'newer' });
    expect(await phone.db.timeEntries.get(other!.id)).toEqual(other);
  });

  it('pages through large pulls and ends with the server’s last revision as cursor', async () => {
    const phone = await testDevice(t, t.logins.coordinator);
    const rows = await pullAll(phone.db, phone.transport, 100);
    expect(rows).toBeGreaterThan(300);
    const state = await t.db.selectFrom('syncState').select('rev').executeTakeFirstOrThrow();
    expect(await getMeta(phone.db, 'cursor', 0)).toBe(Number(state.rev));
  });
});
