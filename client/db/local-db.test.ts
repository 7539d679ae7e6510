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
      await old.table('outbox').add({
        name: 'timeEntry.update',
        args: { id: rowId, baseRev: 0, base: {}, changes: { note: `n${i}` } },
        table: 'timeEntries',
        rowId,
        createdAt: '2026-11-18T10:00:00Z',
      });
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
    expect((await db.timeEntries.between('p', '2026-11-18', '2026-11-18')).map((e) => e.id)).toEqual([rowId]);
    await db.delete();
  });
});

describe('time entry storage', () => {
  const storesOf = (db: LocalDb) => [...db.backendDB().objectStoreNames];
  const indexesOf = (db: LocalDb) => [
    ...db.backendDB().transaction('entryChunks').objectStore('entryChunks').indexNames,
  ];

  it('moves the entries of a v3 device into chunks, drops the old table and keeps the outbox', async () => {
    const name = `chunks-${newId()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores({ timeEntries: 'id, personId, date, assignmentId, [personId+date]' });
    old.version(3).stores({ timeEntries: 'id, [personId+date]' });
    const mine = Array.from({ length: 300 }, (_, i) => ({
      id: newId(),
      personId: 'p',
      date: `2026-${i < 150 ? '10' : '11'}-${String(1 + (i % 28)).padStart(2, '0')}`,
      start: '08:00',
      note: `e${i}`,
    }));
    const other = { id: newId(), personId: 'q', date: '2026-11-18', start: '08:00', note: 'other' };
    await old.table('timeEntries').bulkAdd([...mine, other]);
    await old.table('outbox').add({
      name: 'timeEntry.update',
      args: { id: mine[0]!.id, baseRev: 0, base: {}, changes: { note: 'n' } },
      table: 'timeEntries',
      rowId: mine[0]!.id,
      createdAt: '2026-11-18T10:00:00Z',
    });
    old.close();

    const db = new LocalDb(name);
    await db.open();
    expect(storesOf(db)).not.toContain('timeEntries');
    expect(indexesOf(db)).toEqual(['ids']);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.timeEntries.count()).toBe(301);
    // Many entries to a record: two months of 150 entries in chunks of at least 16, one for the other person.
    expect(await db.entryChunks.count()).toBeLessThanOrEqual(2 * Math.ceil(150 / 16) + 1);
    expect(await db.timeEntries.get(mine[299]!.id)).toEqual(mine[299]);
    expect((await db.timeEntries.between('p', '2026-11-18', '2026-11-18')).map((e) => e.note).sort()).toEqual(
      mine
        .filter((e) => e.date === '2026-11-18')
        .map((e) => e.note)
        .sort(),
    );
    expect(await db.timeEntries.between('q', '2026-11-01', '2026-11-30')).toEqual([other]);
    await db.delete();

    const fresh = new LocalDb(`chunks-${newId()}`);
    await fresh.open();
    expect(storesOf(fresh)).not.toContain('timeEntries');
    expect(indexesOf(fresh)).toEqual(['ids']);
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
