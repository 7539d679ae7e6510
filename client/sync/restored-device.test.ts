import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../server/testing/test-app';
import { getMeta, LocalDb, setMeta } from '../db/local-db';
import { SyncEngine } from './engine';
import { disposeDevices, logEntry, testDevice, type TestDevice } from '../testing/test-device';

/**
 * A device database restored from a backup (or copied to a second browser) numbers its new changes
 * with ids the server has seen from that client already. The server refuses them with a code
 * (mutation_id_reused, already_processed, mutation_out_of_order); the device must then send them
 * again as a new client, never drop them.
 */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  disposeDevices();
  await t.close();
});

/** A second database that says it is the phone's client, as a restored backup would. */
async function restoredCopyOf(phone: TestDevice): Promise<{ db: LocalDb; engine: SyncEngine }> {
  const db = new LocalDb(`${phone.db.name}-restored`);
  await db.open();
  await setMeta(db, 'clientId', await getMeta<string | null>(phone.db, 'clientId', null));
  const engine = new SyncEngine(db, phone.transport);
  await engine.sync();
  return { db, engine };
}

const onServer = async (id: string) =>
  (await t.db.selectFrom('timeEntries').select('note').where('id', '=', id).executeTakeFirst())?.note;

describe('a restored device database', () => {
  it('sends a change whose id the server used for another one again as a new client', async () => {
    const phone = await testDevice(t, t.logins.technician);
    await phone.sync();
    await logEntry(phone, 'vor der Sicherung');
    await phone.sync();
    const restored = await restoredCopyOf(phone);
    const oldClient = await getMeta<string | null>(restored.db, 'clientId', null);

    const id = (await logEntry({ db: restored.db, user: phone.user }, 'nach der Wiederherstellung')).id;
    expect((await restored.db.outbox.toArray()).map((e) => e.id)).toEqual([1]);
    await restored.engine.sync();
    expect(await onServer(id)).toBe('nach der Wiederherstellung');
    expect(await restored.db.outbox.count()).toBe(0);
    expect(await restored.db.problems.count()).toBe(0);
    expect(await getMeta<string | null>(restored.db, 'clientId', null)).not.toBe(oldClient);
    restored.engine.dispose();
    restored.db.close();
  });

  it('does the same when the server no longer keeps the answer for that id', async () => {
    const phone = await testDevice(t, t.logins.technician);
    await phone.sync();
    await logEntry(phone, 'eins');
    await phone.sync();
    await logEntry(phone, 'zwei');
    await phone.sync(); // the push starting at id 2 let the server drop the answer to id 1
    const restored = await restoredCopyOf(phone);
    const id = (await logEntry({ db: restored.db, user: phone.user }, 'drei')).id;
    await restored.engine.sync();
    expect(await onServer(id)).toBe('drei');
    expect(await restored.db.outbox.count()).toBe(0);
    expect(await restored.db.problems.count()).toBe(0);
    restored.engine.dispose();
    restored.db.close();
  });
});
