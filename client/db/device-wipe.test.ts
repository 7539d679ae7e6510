import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { removeOtherPeoplesData } from './device-wipe';
import { dbNameFor, LocalDb } from './local-db';

const opened: LocalDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
const open = async (personId: string) => {
  const db = new LocalDb(dbNameFor(personId));
  opened.push(db);
  await db.open();
  return db;
};

describe('removeOtherPeoplesData', () => {
  it('deletes the databases of everyone but the person signing in, unsent changes included', async () => {
    const anna = await open('anna');
    await anna.outbox.add({
      name: 'timeEntry.delete',
      args: { id: 'x', base: {} },
      table: 'timeEntries',
      rowId: 'x',
      createdAt: '2026-11-18T09:00:00Z',
    });
    anna.close();
    const lena = await open('lena');
    await lena.meta.put({ key: 'cursor', value: 7 });
    const removed = await removeOtherPeoplesData('lena');
    expect(removed).toEqual([dbNameFor('anna')]);
    expect(await Dexie.getDatabaseNames()).not.toContain(dbNameFor('anna'));
    expect((await lena.meta.get('cursor'))?.value).toBe(7);
  });

  it('leaves databases of other apps alone', async () => {
    const other = new Dexie('some-other-app');
    other.version(1).stores({ t: 'id' });
    await other.open();
    await removeOtherPeoplesData('lena');
    expect(await Dexie.getDatabaseNames()).toContain('some-other-app');
    await other.delete();
  });
});
