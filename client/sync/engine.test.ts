import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, TEST_NOW, type TestApp } from '../../server/testing/test-app';
import { updateAssignment } from '../assignments/local-writes';
import { createTimeEntry, deleteTimeEntry, updateTimeEntry } from '../time-entries/local-writes';
import { getMeta, LocalDb } from '../db/local-db';
import { memoryFallback } from './device-record';
import { MAX_PULL_LIMIT, type PullResponse } from '../../shared/sync/protocol';
import type { Transport } from '../api/http';
import { FIRST_SYNC_FIRST_PAGE, firstSyncPageSize, pullAll, pushAll, SyncEngine } from './engine';
import { disposeDevices, testDevice, type TestDevice } from '../testing/test-device';
import { PAGES_AHEAD } from './pull-pages';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  disposeDevices();
  await t.close();
});

async function entryFor(device: TestDevice, note: string) {
  const m = (await device.db.municipalities.toArray())[0]!;
  const s = (await device.db.serviceTypes.toArray())[0]!;
  return createTimeEntry(
    device.db,
    device.user,
    {
      date: '2026-11-18',
      start: '08:00',
      end: '09:30',
      breakMinutes: 0,
      municipalityId: m.id,
      siteId: null,
      serviceTypeId: s.id,
      assignmentId: null,
      note,
    },
    TEST_NOW,
  );
}

/** Calls `fn` whenever the device writes its pull cursor (inside the page's transaction). */
function onCursorWrite(device: TestDevice, fn: () => void): void {
  const meta = device.db.table('meta');
  meta.hook('creating', (key) => {
    if (key === 'cursor') fn();
  });
  meta.hook('updating', (_changes, key) => {
    if (key === 'cursor') fn();
  });
}

const serverEntries = (t: TestApp, personId: string) =>
  t.db.selectFrom('timeEntries').selectAll().where('personId', '=', personId).where('deleted', '=', 0).execute();

describe('sync engine against the real server', () => {
  it('fills a fresh device with exactly what its person may see', async () => {
    const phone = await testDevice(t, t.logins.technician);
    await phone.sync();
    expect(phone.engine.status.phase).toBe('idle');
    expect(await phone.db.municipalities.count()).toBe(10);
    const assignments = await phone.db.assignments.toArray();
    expect(assignments.length).toBeGreaterThan(10);
    expect(assignments.every((a) => a.personId === phone.user.id)).toBe(true);
    expect((await phone.db.timeEntries.toArray()).every((e) => e.personId === phone.user.id)).toBe(true);
  });

  it('grows the pages of a device’s first pull from small to the largest the server allows', () => {
    expect(MAX_PULL_LIMIT).toBe(5000);
    expect(Array.from({ length: 8 }, (_, i) => firstSyncPageSize(i))).toEqual([
      500, 750, 1125, 1688, 2531, 3797, 5000, 5000,
    ]);
  });

  it('starts a device’s first pull with a small page and later pulls with the server’s default', async () => {
    const phone = await testDevice(t, t.logins.technician);
    const limits: (string | null)[] = [];
    const transport: Transport = (path, init) => {
      if (path.startsWith('/api/sync/pull')) limits.push(new URL(path, 'http://device').searchParams.get('limit'));
      return phone.transport(path, init);
    };
    await pullAll(phone.db, transport);
    expect(limits).toEqual([String(FIRST_SYNC_FIRST_PAGE)]);
    await entryFor(phone, 'nach dem ersten Abgleich');
    await pushAll(phone.db, phone.transport);
    await pullAll(phone.db, transport);
    expect(limits).toEqual([String(FIRST_SYNC_FIRST_PAGE), null]);
    // A limit given by the caller still wins.
    await pullAll(phone.db, transport, 100);
    expect(limits.at(-1)).toBe('100');
  });

  it('asks for the next pages while it writes the one before, never more than PAGES_AHEAD', async () => {
    const phone = await testDevice(t, t.logins.coordinator);
    let requests = 0;
    let writes = 0;
    // Pages requested and not yet stored, at each request and each cursor write.
    const unstored: number[] = [];
    const transport: Transport = (path, init) => {
      if (path.startsWith('/api/sync/pull')) unstored.push(++requests - writes);
      return phone.transport(path, init);
    };
    onCursorWrite(phone, () => unstored.push(requests - writes++));
    await pullAll(phone.db, transport, 100);
    expect(writes).toBeGreaterThan(3);
    // The first page is written after the next one was requested; the page being written and
    // PAGES_AHEAD after it are the most ever requested and not stored.
    expect(unstored[1]).toBe(2);
    expect(Math.max(...unstored)).toBeLessThanOrEqual(1 + PAGES_AHEAD);
    const head = await t.db.selectFrom('syncState').select('rev').executeTakeFirstOrThrow();
    expect(await getMeta(phone.db, 'cursor', 0)).toBe(Number(head.rev));
  });

  it('keeps the pages before one that fails, drops the page fetched after it, and continues from there', async () => {
    const phone = await testDevice(t, t.logins.coordinator);
    const cursors: number[] = [];
    const transport: Transport = async (path, init) => {
      const res = await phone.transport(path, init);
      if (path.startsWith('/api/sync/pull')) cursors.push(((await res.clone().json()) as PullResponse).cursor);
      return res;
    };
    let writes = 0;
    onCursorWrite(phone, () => {
      writes++;
      // The network goes while the second page is on its way in, so the third page's request
      // fails; then the app dies while writing the second page.
      if (writes === 1) phone.net.online = false;
      if (writes === 2) throw new Error('app killed');
    });
    await expect(pullAll(phone.db, transport, 100)).rejects.toThrow('app killed');
    expect(await getMeta(phone.db, 'cursor', 0)).toBe(cursors[0]);

    phone.net.online = true;
    writes = 10;
    await pullAll(phone.db, transport, 100);
    const head = await t.db.selectFrom('syncState').select('rev').executeTakeFirstOrThrow();
    expect(await getMeta(phone.db, 'cursor', 0)).toBe(Number(head.rev));
    const visible = await t.db.selectFrom('timeEntries').select('id').where('deleted', '=', 0).execute();
    expect(await phone.db.timeEntries.count()).toBe(visible.length);
  });

  it('keeps offline entries in the outbox and delivers each exactly once', async () => {
    const phone = await testDevice(t, t.logins.technician);
    await phone.sync();
    const before = (await serverEntries(t, phone.user.id)).length;
    phone.net.online = false;
    const a = await entryFor(phone, 'Keller ohne Netz 1');
    await entryFor(phone, 'Keller ohne Netz 2');
    const c = await entryFor(phone, 'Keller ohne Netz 3');
    await updateTimeEntry(phone.db, phone.user, a.id, { note: 'Serverraum' }, TEST_NOW);
    await deleteTimeEntry(phone.db, c.id);
    await phone.sync();
    expect(phone.engine.status.phase).toBe('offline');
    expect(await phone.db.outbox.count()).toBe(5);

    // The server commits but the replies are lost: the retry must not apply anything twice.
    phone.net.online = true;
    phone.net.dropReplies = true;
    await phone.sync();
    expect(await phone.db.outbox.count()).toBe(5);
    phone.net.dropReplies = false;
    await phone.sync();
    expect(await phone.db.outbox.count()).toBe(0);
    expect(await phone.db.problems.count()).toBe(0);
    const after = await serverEntries(t, phone.user.id);
    expect(after.length).toBe(before + 2);
    expect(after.find((e) => e.id === a.id)?.note).toBe('Serverraum');
    expect(after.find((e) => e.id === c.id)).toBeUndefined();
  });

  it('sends a batch the server finds too large in halves, until every change is delivered', async () => {
    const phone = await testDevice(t, t.logins.technician);
    await phone.sync();
    const before = (await serverEntries(t, phone.user.id)).length;
    for (let i = 0; i < 5; i++) await entryFor(phone, `Langer Eintrag ${i}`);
    // A server (or proxy) whose byte limit only two changes fit under.
    const sizes: number[] = [];
    const transport: Transport = (path, init) => {
      if (!path.startsWith('/api/sync/push')) return phone.transport(path, init);
      const count = (JSON.parse(String(init?.body)) as { mutations: unknown[] }).mutations.length;
      sizes.push(count);
      if (count > 2)
        return Promise.resolve(
          new Response(JSON.stringify({ code: 'payload_too_large', message: 'Request body too large' }), {
            status: 413,
          }),
        );
      return phone.transport(path, init);
    };
    expect(await pushAll(phone.db, transport)).toBe(5);
    expect(sizes).toEqual([5, 3, 2, 2, 1]);
    expect(await phone.db.outbox.count()).toBe(0);
    expect(await phone.db.problems.count()).toBe(0);
    expect((await serverEntries(t, phone.user.id)).length).toBe(before + 5);
  });

  it('refuses invalid entries before they reach the outbox', async () => {
    const phone = await testDevice(t, t.logins.technician);
    await phone.sync();
    const m = (await phone.db.municipalities.toArray())[0]!;
    const s = (await phone.db.serviceTypes.toArray())[0]!;
    const base = {
      date: '2026-11-18',
      start: '10:00',
      end: '09:00',
      breakMinutes: 0,
      municipalityId: m.id,
      siteId: null,
      serviceTypeId: s.id,
      assignmentId: null,
      note: '',
    };
    await expect(createTimeEntry(phone.db, phone.user, base, TEST_NOW)).rejects.toThrow(/after start/);
    await expect(
      createTimeEntry(phone.db, phone.user, { ...base, end: '10:30', breakMinutes: 30 }, TEST_NOW),
    ).rejects.toThrow(/Break/);
    await expect(
      createTimeEntry(phone.db, phone.user, { ...base, end: '11:00', date: '2027-03-01' }, TEST_NOW),
    ).rejects.toThrow(/ahead/);
    expect(await phone.db.outbox.count()).toBe(0);
  });

  it('keeps a rejected change visible with its data and does not block the queue', async () => {
    const phone = await testDevice(t, t.logins.technician);
    await phone.sync();
    const good = await entryFor(phone, 'gut');
    // A reference the server does not know (e.g. a municipality deleted meanwhile).
    const bad = await entryFor(phone, 'verwaiste Gemeinde');
    await phone.db.outbox
      .where('rowId')
      .equals(bad.id)
      .modify((e) => {
        if (e.name === 'timeEntry.create')
          e.args = { ...e.args, municipalityId: '01900000-0000-7000-8000-000000000000' };
      });
    const later = await entryFor(phone, 'danach');
    await phone.sync();
    expect(await phone.db.outbox.count()).toBe(0);
    const problems = await phone.db.problems.toArray();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toBe('unknown_reference');
    expect(problems[0]!.name).toBe('timeEntry.create');
    expect((problems[0]!.args as { note: string }).note).toBe('verwaiste Gemeinde');
    const ids = (await serverEntries(t, phone.user.id)).map((e) => e.id);
    expect(ids).toContain(good.id);
    expect(ids).toContain(later.id);
    expect(ids).not.toContain(bad.id);
  });

  it('merges edits of different fields from two devices and shows a conflict on the same field', async () => {
    const phone = await testDevice(t, t.logins.technician);
    const tablet = await testDevice(t, t.logins.technician);
    await phone.sync();
    const entry = await entryFor(phone, 'Anfang');
    await phone.sync();
    await tablet.sync();
    await updateTimeEntry(phone.db, phone.user, entry.id, { end: '10:00' }, TEST_NOW);
    await updateTimeEntry(tablet.db, tablet.user, entry.id, { breakMinutes: 15 }, TEST_NOW);
    await phone.sync();
    await tablet.sync();
    await phone.sync();
    const merged = (await serverEntries(t, phone.user.id)).find((e) => e.id === entry.id)!;
    expect([merged.endTime, merged.breakMinutes]).toEqual(['10:00', 15]);
    expect((await phone.db.timeEntries.get(entry.id))?.breakMinutes).toBe(15);

    await updateTimeEntry(phone.db, phone.user, entry.id, { note: 'vom Handy' }, TEST_NOW);
    await updateTimeEntry(tablet.db, tablet.user, entry.id, { note: 'vom Tablet' }, TEST_NOW);
    await phone.sync();
    await tablet.sync();
    const conflicts = await tablet.db.conflicts.toArray();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.fields).toEqual(['note']);
    expect(conflicts[0]!.mine?.note).toBe('vom Tablet');
    expect(conflicts[0]!.theirs?.note).toBe('vom Handy');
    expect((await tablet.db.timeEntries.get(entry.id))?.note).toBe('vom Handy');
  });

  it('brings an entry back with the other edit when my delete met a change made elsewhere', async () => {
    const phone = await testDevice(t, t.logins.technician);
    const tablet = await testDevice(t, t.logins.technician);
    await phone.sync();
    const entry = await entryFor(phone, 'vor dem Löschen');
    await phone.sync();
    await tablet.sync();
    await updateTimeEntry(tablet.db, tablet.user, entry.id, { note: 'am Tablet geändert' }, TEST_NOW);
    await tablet.sync();
    await deleteTimeEntry(phone.db, entry.id);
    // The phone pulls the tablet's version while its delete is still queued, then pushes.
    const { pullAll } = await import('./engine');
    await pullAll(phone.db, phone.transport);
    await phone.sync();
    const conflicts = await phone.db.conflicts.toArray();
    expect(conflicts.map((c) => c.code)).toEqual(['changed_before_delete']);
    expect((await phone.db.timeEntries.get(entry.id))?.note).toBe('am Tablet geändert');
  });

  it('keeps unsent local edits when a pull brings a newer server version', async () => {
    const phone = await testDevice(t, t.logins.technician);
    await phone.sync();
    const assignment = (await phone.db.assignments.toArray()).find((a) => a.status === 'planned')!;
    const coordinator = await testDevice(t, t.logins.coordinator);
    await coordinator.sync();
    await updateAssignment(coordinator.db, assignment.id, { task: 'Neue Aufgabe vom Koordinator' });
    await coordinator.sync();
    phone.net.online = false;
    await updateAssignment(phone.db, assignment.id, { status: 'started', workerNotes: 'Schlüssel beim Schulwart' });
    // Pull only (the outbox still holds the edit): the notes must survive the newer server row.
    phone.net.online = true;
    const { pullAll } = await import('./engine');
    await pullAll(phone.db, phone.transport);
    const local = await phone.db.assignments.get(assignment.id);
    expect(local?.task).toBe('Neue Aufgabe vom Koordinator');
    expect(local?.workerNotes).toBe('Schlüssel beim Schulwart');
    expect(local?.status).toBe('started');
    await phone.sync();
    const server = await t.db
      .selectFrom('assignments')
      .selectAll()
      .where('id', '=', assignment.id)
      .executeTakeFirstOrThrow();
    expect([server.status, server.workerNotes, server.task]).toEqual([
      'started',
      'Schlüssel beim Schulwart',
      'Neue Aufgabe vom Koordinator',
    ]);
  });
});

describe('a wiped device', () => {
  it('learns from the server how many unsent changes were lost, and says so', async () => {
    const phone = await testDevice(t, t.logins.technician);
    const memory = memoryFallback();
    const engine = new SyncEngine(phone.db, phone.transport, () => {}, Math.random, memory);
    await engine.sync();
    await entryFor(phone, 'angekommen');
    await engine.sync();
    phone.net.online = false;
    await entryFor(phone, 'verloren 1');
    await entryFor(phone, 'verloren 2');
    await engine.sync(); // offline: the device notes what it has queued
    engine.dispose();

    // The browser evicts the database; the app starts again with an empty one of the same name.
    const name = phone.db.name;
    await phone.db.delete();
    const fresh = new LocalDb(name);
    phone.net.online = true;
    const again = new SyncEngine(fresh, phone.transport, () => {}, Math.random, memory);
    await again.sync();
    const notice = JSON.parse((await getMeta<string | null>(fresh, 'wipeNotice', null)) ?? 'null') as {
      lostChanges: number;
    } | null;
    expect(notice?.lostChanges).toBe(2);
    expect((await fresh.timeEntries.toArray()).filter((e) => e.note === 'angekommen')).toHaveLength(1);
    again.dispose();
  });
});

describe('access that ends', () => {
  it('removes the association’s data from the device and parks unsent changes with their data', async () => {
    const phone = await testDevice(t, t.logins.technician);
    await phone.sync();
    phone.net.online = false;
    await entryFor(phone, 'nach dem Austritt getippt');
    await t.db.updateTable('people').set({ active: 0 }).where('id', '=', phone.user.id).execute();
    phone.net.online = true;
    await phone.sync();
    expect(phone.engine.status.phase).toBe('signed-out');
    expect(await phone.db.assignments.count()).toBe(0);
    expect(await phone.db.municipalities.count()).toBe(0);
    expect(await phone.db.timeEntries.count()).toBe(0);
    expect(await phone.db.outbox.count()).toBe(0);
    const parked = await phone.db.attention.toArray();
    expect(parked).toHaveLength(1);
    expect(parked[0]!.reason).toBe('access_ended');
    expect(parked[0]!.row?.note).toBe('nach dem Austritt getippt');
  });
});
