import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { LocalDb, SCHEMA_V1 } from './local-db';

describe('local database upgrades', () => {
  it('keeps a non-empty outbox, in order, when a new app version changes the schema', async () => {
    const name = `upgrade-${newId()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    const rowId = newId();
    await old.table('timeEntries').add({ id: rowId, personId: 'p', date: '2026-11-18', note: 'offline' });
    for (let i = 0; i < 3; i++) {
      await old.table('outbox').add({ name: 'timeEntry.update', args: { id: rowId, baseRev: 0, base: {}, changes: { note: `n${i}` } }, table: 'timeEntries', rowId, createdAt: '2026-11-18T10:00:00Z' });
    }
    await old.table('meta').put({ key: 'clientId', value: 'client-1' });
    old.close();

    const db = new LocalDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThan(1);
    const outbox = await db.outbox.orderBy('id').toArray();
    expect(outbox.map((e) => (e.args as { changes: { note: string } }).changes.note)).toEqual(['n0', 'n1', 'n2']);
    expect(outbox.map((e) => e.id)).toEqual([1, 2, 3]);
    expect((await db.meta.get('clientId'))?.value).toBe('client-1');
    expect(await db.timeEntries.where('[personId+date]').equals(['p', '2026-11-18']).count()).toBe(1);
    await db.delete();
  });
});

describe('time entry indexes', () => {
  const indexesOf = (db: LocalDb) => [...db.backendDB().transaction('timeEntries').objectStore('timeEntries').indexNames];

  it('are only the one the app reads, also after an upgrade from v2, and queries by person still work', async () => {
    const name = `indexes-${newId()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores({ timeEntries: 'id, personId, date, assignmentId, [personId+date]' });
    const rowId = newId();
    await old.table('timeEntries').bulkAdd([
      { id: rowId, personId: 'p', date: '2026-11-18', assignmentId: null, note: 'offline' },
      { id: newId(), personId: 'q', date: '2026-11-18', assignmentId: null, note: 'other' },
    ]);
    await old.table('outbox').add({ name: 'timeEntry.update', args: { id: rowId, baseRev: 0, base: {}, changes: { note: 'n' } }, table: 'timeEntries', rowId, createdAt: '2026-11-18T10:00:00Z' });
    old.close();

    const db = new LocalDb(name);
    await db.open();
    // Each index is written for every stored row; `date` and `assignmentId` were never read.
    expect(indexesOf(db)).toEqual(['[personId+date]']);
    expect(await db.outbox.count()).toBe(1);
    // `where('personId')` (timer defaults) runs on the leading part of the compound index.
    expect((await db.timeEntries.where('personId').equals('p').toArray()).map((e) => e.id)).toEqual([rowId]);
    expect(await db.timeEntries.where('[personId+date]').equals(['p', '2026-11-18']).count()).toBe(1);
    await db.delete();

    const fresh = new LocalDb(`indexes-${newId()}`);
    await fresh.open();
    expect(indexesOf(fresh)).toEqual(['[personId+date]']);
    await fresh.delete();
  });
});

describe('a dropped connection', () => {
  it('is reopened on the next operation, with the data intact', async () => {
    const db = new LocalDb(`reopen-${newId()}`);
    await db.meta.put({ key: 'cursor', value: 42 });
    // The browser closes the connection (storage pressure, a crashed IndexedDB process).
    const idb = db.backendDB();
    idb.onclose?.call(idb, new Event('close'));
    expect(db.isOpen()).toBe(false);
    expect((await db.meta.get('cursor'))?.value).toBe(42);
    expect(db.isOpen()).toBe(true);
    await db.delete();
  });
});

describe('durability', () => {
  it('writes strictly: a save counts only once it is on disk', async () => {
    const db = new LocalDb(`durable-${newId()}`);
    await db.open();
    const durability = await db.transaction('rw', db.outbox, () => Dexie.currentTransaction.idbtrans.durability);
    expect(durability).toBe('strict');
    await db.delete();
  });
});
