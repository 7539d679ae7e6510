import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordOf, syncTables } from '../../shared/sync/protocol';
import { createAssociation } from '../../server/admin/create-association';
import { startTestApp, TEST_NOW, type TestApp } from '../../server/testing/test-app';
import { readersOf, writableFixtures } from '../testing/conformance-fixtures';
import { disposeDevices, testDevice, type TestDevice } from '../testing/test-device';
import type { WritableTable } from './client-record';
import { keepMine } from './conflict-actions';
import { pullAll } from './engine';
import { localWriter } from './local-write';
import { clientRecords } from './registry';

/**
 * Every registered record type, through the real server and real device code: scopes closed to
 * strangers, create/update/delete round trips, a local delete through a rebase, "keep mine", and a
 * row leaving someone's scope. A new type gets these tests by being registered (and, if it is
 * writable, by its fixture: client/testing/conformance-fixtures.ts).
 */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  disposeDevices();
  await t.close();
});

const writable = Object.keys(writableFixtures) as WritableTable[];
type Row = Record<string, unknown> & { id: string; rev: number };
const rowsOf = async (d: TestDevice, table: (typeof syncTables)[number]) =>
  (await clientRecords[table].rows(d.db).toArray()) as Row[];
const rowOf = async (d: TestDevice, table: WritableTable, id: string) =>
  (await clientRecords[table].rows(d.db).get(id)) as Row | undefined;
const writerOf = <T extends WritableTable>(table: T) =>
  localWriter<T, Row>(recordOf(table), clientRecords[table] as never);
const serverRow = (table: WritableTable, id: string) =>
  t.db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();

describe.each(syncTables)('record type %s', (table) => {
  it('reaches the readers its scope names, and nobody of another association or with unknown roles', async () => {
    const ids = new Set<string>();
    for (const login of readersOf[table]) {
      const d = await testDevice(t, t.logins[login]);
      await d.sync();
      const rows = await rowsOf(d, table);
      expect(rows.length, `${login} reads ${table}`).toBeGreaterThan(0);
      for (const r of rows) ids.add(r.id);
    }
    const password = 'zweiter-verband-2026';
    await createAssociation(
      t.db,
      {
        associationName: 'Verband Zwei',
        timeZone: 'Europe/Berlin',
        country: 'DE',
        adminEmail: 'admin@zwei.example',
        adminName: 'Zweite',
        password,
      },
      TEST_NOW,
    );
    const stranger = await testDevice(t, 'admin@zwei.example', password);
    await stranger.sync();
    for (const r of await rowsOf(stranger, table)) expect(ids.has(r.id)).toBe(false);

    await t.db
      .updateTable('people')
      .set({ roles: JSON.stringify(['visitor']) })
      .where('email', '=', t.logins.technician)
      .execute();
    const unknown = await testDevice(t, t.logins.technician);
    await unknown.sync();
    expect(await rowsOf(unknown, table)).toEqual([]);
  });

  it('leaves a device when its person loses the role that let them read it', async () => {
    // The coordinator, or for types she does not read (personal details) their first reader.
    const reader = readersOf[table].includes('coordinator') ? 'coordinator' : readersOf[table][0]!;
    const d = await testDevice(t, t.logins[reader]);
    await d.sync();
    expect((await rowsOf(d, table)).length).toBeGreaterThan(0);
    await t.db
      .updateTable('people')
      .set({ roles: JSON.stringify(['visitor']) })
      .where('email', '=', t.logins[reader])
      .execute();
    await d.sync();
    expect(await rowsOf(d, table)).toEqual([]);
  });
});

describe.each(writable)('writable record type %s', (table) => {
  const fixture = writableFixtures[table];
  const ops = recordOf(table).ops as readonly string[];
  const devices = async () => {
    const [a, b] = [await testDevice(t, t.logins[fixture.actor]), await testDevice(t, t.logins[fixture.actor])];
    await a.sync();
    await b.sync();
    return [a, b] as const;
  };

  it('round-trips create, update and delete through push and pull', async () => {
    const [a, b] = await devices();
    const writer = writerOf(table);
    let row = (await fixture.pick(a)) as unknown as Row;
    if (ops.includes('create')) {
      row = await writer.create(a.db, (await fixture.fresh!(a)) as unknown as Row, TEST_NOW);
      await a.sync();
      expect(await serverRow(table, row.id)).toMatchObject({ deleted: 0 });
      await b.sync();
      expect(await rowOf(b, table, row.id)).toBeDefined();
    }
    if (ops.includes('update')) {
      await writer.update(a.db, row.id, fixture.edits[0] as Partial<Row>, TEST_NOW);
      await a.sync();
      await b.sync();
      expect(await rowOf(b, table, row.id)).toMatchObject(fixture.edits[0]);
      expect(await a.db.outbox.count()).toBe(0);
    }
    if (ops.includes('delete')) {
      await writer.delete(a.db, row.id, TEST_NOW);
      await a.sync();
      expect(await serverRow(table, row.id)).toMatchObject({ deleted: 1 });
      await b.sync();
      expect(await rowOf(b, table, row.id)).toBeUndefined();
    }
  });

  it('round-trips "keep mine" after two devices change one field differently', async () => {
    const [a, b] = await devices();
    const row = (await fixture.pick(a)) as unknown as Row;
    await writerOf(table).update(a.db, row.id, fixture.edits[0] as Partial<Row>, TEST_NOW);
    await writerOf(table).update(b.db, row.id, fixture.edits[1] as Partial<Row>, TEST_NOW);
    await b.sync();
    await a.sync();
    const [conflict] = await a.db.conflicts.toArray();
    expect(conflict).toMatchObject({ table, rowId: row.id });
    await keepMine(a.db, a.user, conflict!);
    await a.sync();
    await b.sync();
    expect(await rowOf(b, table, row.id)).toMatchObject(fixture.edits[0]);
    expect(await a.db.conflicts.count()).toBe(0);
  });

  it('leaves the device of someone whose scope it leaves', async () => {
    const owner = await testDevice(t, t.logins[fixture.actor]);
    await owner.sync();
    const row = (await fixture.pick(owner)) as unknown as Row;
    await fixture.leave.enter?.(t, row);
    const observer = await testDevice(t, t.logins[fixture.leave.observer]);
    await observer.sync();
    expect(await rowOf(observer, table, row.id)).toBeDefined();
    await fixture.leave.run(t, row);
    await observer.sync();
    expect(await rowOf(observer, table, row.id)).toBeUndefined();
  });
});

describe.each(writable.filter((table) => (recordOf(table).ops as readonly string[]).includes('delete')))(
  'deletable record type %s',
  (table) => {
    const fixture = writableFixtures[table];
    const devices = async () => {
      const [a, b] = [await testDevice(t, t.logins[fixture.actor]), await testDevice(t, t.logins[fixture.actor])];
      await a.sync();
      await b.sync();
      return [a, b] as const;
    };

    it('keeps a local delete through a pull that brings a newer version (rebase)', async () => {
      const [a, b] = await devices();
      const row = (await fixture.pick(a)) as unknown as Row;
      await writerOf(table).delete(a.db, row.id, TEST_NOW);
      await writerOf(table).update(b.db, row.id, fixture.edits[1] as Partial<Row>, TEST_NOW);
      await b.sync();
      await pullAll(a.db, a.transport);
      expect(await rowOf(a, table, row.id)).toBeUndefined();
      expect(await a.db.outbox.count()).toBe(1);
    });
  },
);
