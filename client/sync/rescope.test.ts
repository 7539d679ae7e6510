import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/assignments/schema';
import { newId } from '../../shared/ids/ids';
import { NEXT_CURSOR_HEADER, type PullResponse } from '../../shared/sync/protocol';
import type { TimeEntry } from '../../shared/time-entries/schema';
import { startTestApp, TEST_NOW, type TestApp } from '../../server/testing/test-app';
import type { Transport } from '../api/http';
import { updateAssignment } from '../assignments/local-writes';
import { getMeta } from '../db/local-db';
import { disposeDevices, logEntry, testDevice, type TestDevice } from '../testing/test-device';
import { pullAll } from './engine';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  disposeDevices();
  await t.close();
});

/** The real server's pages, under the scope the test says; `down` makes pull requests fail. */
function scoped(device: TestDevice, net: { scope: string; down?: (pageNo: number) => boolean }): Transport {
  let pageNo = 0;
  return async (path, init) => {
    if (!path.startsWith('/api/sync/pull')) return device.transport(path, init);
    if (net.down?.(pageNo++)) throw new TypeError('Failed to fetch');
    const res = await device.transport(path, init);
    const page = (await res.json()) as PullResponse;
    const hint = res.headers.get(NEXT_CURSOR_HEADER);
    return new Response(JSON.stringify({ ...page, scope: net.scope }), {
      status: res.status,
      headers: { 'content-type': 'application/json', ...(hint ? { [NEXT_CURSOR_HEADER]: hint } : {}) },
    });
  };
}

/** Rows of the device the server no longer sends to this person (they left her scope without a change of their own). */
async function strayRows(device: TestDevice) {
  const [a] = await device.db.assignments.toArray();
  const [e] = await device.db.timeEntries.toArray();
  const assignment: Assignment = { ...a!, id: newId(), workerNotes: 'left the scope' };
  const entry: TimeEntry = { ...e!, id: newId(), note: 'left the scope' };
  await device.db.assignments.put(assignment);
  await device.db.timeEntries.put(entry);
  return { assignment, entry };
}

describe('rescope: the person’s scope changed', () => {
  it('notes the scope on a first sync and changes nothing while it stays', async () => {
    const phone = await testDevice(t, t.logins.technician);
    const net = { scope: 'A' };
    await pullAll(phone.db, scoped(phone, net));
    expect(await getMeta(phone.db, 'scope', null)).toBe('A');
    const { assignment } = await strayRows(phone);
    await pullAll(phone.db, scoped(phone, net));
    expect(await phone.db.assignments.get(assignment.id)).toBeDefined();
  });

  it('pulls everything again and removes the rows that did not come', async () => {
    const phone = await testDevice(t, t.logins.technician);
    const net = { scope: 'A' };
    await pullAll(phone.db, scoped(phone, net));
    const before = { assignments: await phone.db.assignments.count(), entries: await phone.db.timeEntries.count() };
    const { assignment, entry } = await strayRows(phone);
    net.scope = 'B';
    await pullAll(phone.db, scoped(phone, net));
    expect(await phone.db.assignments.get(assignment.id)).toBeUndefined();
    expect(await phone.db.timeEntries.get(entry.id)).toBeUndefined();
    expect({ assignments: await phone.db.assignments.count(), entries: await phone.db.timeEntries.count() }).toEqual(
      before,
    );
    expect(await getMeta(phone.db, 'scope', null)).toBe('B');
    expect(await phone.db.attention.count()).toBe(0);
  });

  it(
    'parks a row with unsent edits instead of dropping ' + 'it, and keeps a row created here and not yet sent',
    async () => {
      const phone = await testDevice(t, t.logins.technician);
      const net = { scope: 'A' };
      await pullAll(phone.db, scoped(phone, net));
      const { assignment } = await strayRows(phone);
      await updateAssignment(phone.db, assignment.id, { workerNotes: 'typed offline' }, TEST_NOW);
      const created = await logEntry(phone, 'new');
      net.scope = 'B';
      await pullAll(phone.db, scoped(phone, net));
      expect(await phone.db.assignments.get(assignment.id)).toBeUndefined();
      expect(await phone.db.attention.get(assignment.id)).toMatchObject({
        table: 'assignments',
        reason: 'removed_on_server',
        row: { workerNotes: 'typed offline' },
      });
      expect(await phone.db.timeEntries.get(created.id)).toMatchObject({ note: 'new' });
      // The queued edits stay: they still go out and come back with the server's answer.
      expect(await phone.db.outbox.count()).toBe(2);
    },
  );

  it('does a rescope cut short again on the next pull', async () => {
    const phone = await testDevice(t, t.logins.technician);
    const net: { scope: string; down?: (pageNo: number) => boolean } = { scope: 'A' };
    await pullAll(phone.db, scoped(phone, net), 20);
    const { assignment } = await strayRows(phone);
    net.scope = 'B';
    // The change is seen on the first page (the next ones are fetched ahead, up to request 3); the pull from the
    // start dies from the fifth request on, before it reached its last page.
    net.down = (pageNo) => pageNo >= 4;
    await expect(pullAll(phone.db, scoped(phone, net), 20)).rejects.toThrow();
    expect(await getMeta(phone.db, 'scope', null)).toBe('A');
    delete net.down;
    await pullAll(phone.db, scoped(phone, net), 20);
    expect(await phone.db.assignments.get(assignment.id)).toBeUndefined();
    expect(await getMeta(phone.db, 'scope', null)).toBe('B');
  });

  it(
    'rescopes a device that pulled before scopes were kept, ' + 'and leaves scopes alone while the server sends none',
    async () => {
      const phone = await testDevice(t, t.logins.technician);
      await pullAll(phone.db, phone.transport);
      const { assignment } = await strayRows(phone);
      const unscoped: Transport = async (path, init) => {
        const res = await phone.transport(path, init);
        if (!path.startsWith('/api/sync/pull')) return res;
        const { scope: _gone, ...page } = (await res.json()) as PullResponse;
        return new Response(JSON.stringify(page), {
          status: res.status,
          headers: { 'content-type': 'application/json' },
        });
      };
      await pullAll(phone.db, unscoped);
      expect(await phone.db.assignments.get(assignment.id)).toBeDefined();
      await pullAll(phone.db, scoped(phone, { scope: 'A' }));
      expect(await phone.db.assignments.get(assignment.id)).toBeUndefined();
      expect(await getMeta(phone.db, 'scope', null)).toBe('A');
    },
  );
});
