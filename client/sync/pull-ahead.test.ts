import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, TEST_NOW, type TestApp } from '../../server/testing/test-app';
import type { PullResponse } from '../../shared/sync/protocol';
import type { TimeEntry } from '../../shared/time-entries/schema';
import type { Transport } from '../api/http';
import { disposeDevices, testDevice } from '../testing/test-device';
import { updateTimeEntry } from '../time-entries/local-writes';
import { pullAll } from './engine';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  disposeDevices();
  await t.close();
});

/** Waits (a few ms at a time) until `find` finds something: a page fetched before is being stored meanwhile. */
async function stored<T>(find: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('never stored');
}

/** Five minutes before `hhmm` (entries here start after midnight). */
const earlier = (hhmm: string): string => {
  const m = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)) - 5;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

describe('pages fetched ahead of a first sync', () => {
  it('keep a local edit made after the page was fetched and before it was stored', async () => {
    const phone = await testDevice(t, t.logins.technician);
    const tablet = await testDevice(t, t.logins.technician);
    await tablet.sync();
    let edited: TimeEntry | undefined;
    let openEntryComing = false;
    let newerFetched = false;
    const transport: Transport = async (path, init) => {
      if (!path.startsWith('/api/sync/pull')) return phone.transport(path, init);
      if (openEntryComing && !edited) {
        // Once the phone has stored an open entry, the tablet changes it: a later page brings that version.
        edited = await stored(async () => (await phone.db.timeEntries.toArray()).find((e) => e.state !== 'submitted'));
        await updateTimeEntry(tablet.db, tablet.user, edited.id, { note: 'vom Tablet' }, TEST_NOW);
        await tablet.sync();
      }
      const res = await phone.transport(path, init);
      const page = (await res.clone().json()) as PullResponse;
      if (page.upserts.timeEntries.some((r) => r.state !== 'submitted')) openEntryComing = true;
      if (edited && page.upserts.timeEntries.some((r) => r.id === edited!.id && r.note === 'vom Tablet')) {
        // That page is in and not yet stored (pages before it may still be written): the person edits.
        newerFetched = true;
        await updateTimeEntry(phone.db, phone.user, edited.id, { start: earlier(edited.start) }, TEST_NOW);
      }
      return res;
    };
    await pullAll(phone.db, transport, 20);
    expect(newerFetched).toBe(true);
    const mine = { note: 'vom Tablet', start: earlier(edited!.start) };
    expect(await phone.db.timeEntries.get(edited!.id)).toMatchObject(mine);
    expect(await phone.db.outbox.count()).toBe(1);
    await phone.sync();
    await tablet.sync();
    expect(await tablet.db.timeEntries.get(edited!.id)).toMatchObject(mine);
  });
});
