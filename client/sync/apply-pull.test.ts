import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestApp, TEST_NOW, type TestApp } from '../../server/testing/test-app';
import { type PullResponse, syncTables } from '../../shared/sync/protocol';
import { callJson } from '../api/http';
import { getMeta, rowStore } from '../db/local-db';
import { createTimeEntry, updateTimeEntry } from '../time-entries/local-writes';
import { applyPullPage } from './apply-pull';
import { pullAll, pushAll } from './engine';
import { disposeDevices, testDevice } from '../testing/test-device';

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
    phone.db.entryChunks.hook('creating', kill);
    await expect(pullAll(phone.db, phone.transport)).rejects.toThrow('app killed');
    expect(await phone.db.municipalities.count()).toBe(0);
    expect(await phone.db.assignments.count()).toBe(0);
    expect(await getMeta(phone.db, 'cursor', 0)).toBe(0);

    phone.db.entryChunks.hook('creating').unsubscribe(kill);
    await pullAll(phone.db, phone.transport);
    expect(await phone.db.municipalities.count()).toBe(10);
    expect(await phone.db.timeEntries.count()).toBeGreaterThan(0);
  });

  it('reads stored versions back only for rows a stored one could be newer than', async () => {
    const phone = await testDevice(t, t.logins.technician);
    const first = await callJson<PullResponse>(phone.transport, '/api/sync/pull?cursor=0&limit=100');
    const second = await callJson<PullResponse>(phone.transport, `/api/sync/pull?cursor=${first.cursor}&limit=5000`);
    expect(first.more).toBe(true);
    // applyPullPage reaches tables through rowStore(), the same objects as db.timeEntries and db.table().
    const reads = syncTables.map((table) => vi.spyOn(rowStore(phone.db, table), 'bulkGet'));
    const idsRead = () => reads.flatMap((r) => r.mock.calls.flatMap(([ids]) => ids as string[])).sort();
    const idsOf = (page: PullResponse) => syncTables.flatMap((table) => page.upserts[table].map((r) => r.id)).sort();
    // A fresh device, page after page: every incoming row is newer than anything stored.
    await applyPullPage(phone.db, first);
    await applyPullPage(phone.db, second);
    expect(idsRead()).toEqual([]);
    // The first page again (a slow overlapping pull): each of its rows may be older than the stored one.
    await applyPullPage(phone.db, first);
    expect(idsRead()).toEqual(idsOf(first));
  });

  it('keeps a version a push answer brought when a page read before that push arrives late', async () => {
    const phone = await testDevice(t, t.logins.technician);
    const tablet = await testDevice(t, t.logins.technician);
    await phone.sync();
    await tablet.sync();
    const m = (await tablet.db.municipalities.toArray())[0]!;
    const st = (await tablet.db.serviceTypes.toArray())[0]!;
    const entry = await createTimeEntry(
      tablet.db,
      tablet.user,
      {
        date: '2026-11-18',
        start: '08:00',
        end: '09:30',
        breakMinutes: 0,
        municipalityId: m.id,
        siteId: null,
        serviceTypeId: st.id,
        assignmentId: null,
        note: 'neu',
      },
      TEST_NOW,
    );
    await tablet.sync();
    await phone.sync();
    await updateTimeEntry(tablet.db, tablet.user, entry.id, { note: 'vom Tablet' }, TEST_NOW);
    await tablet.sync();
    // The phone's pull reads the tablet's version, but the page is slow to be written ...
    const cursor = await getMeta<number>(phone.db, 'cursor', 0);
    const late = await callJson<PullResponse>(phone.transport, `/api/sync/pull?cursor=${cursor}`);
    expect(late.upserts.timeEntries.map((r) => r.note)).toEqual(['vom Tablet']);
    // ... meanwhile the phone's own edit goes out and its answer stores a newer version.
    await updateTimeEntry(phone.db, phone.user, entry.id, { start: '07:30' }, TEST_NOW);
    await pushAll(phone.db, phone.transport);
    const pushed = await phone.db.timeEntries.get(entry.id);
    expect(pushed).toMatchObject({ note: 'vom Tablet', start: '07:30' });
    expect(pushed!.rev).toBeGreaterThan(late.upserts.timeEntries[0]!.rev);
    await applyPullPage(phone.db, late);
    expect(await phone.db.timeEntries.get(entry.id)).toEqual(pushed);
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
