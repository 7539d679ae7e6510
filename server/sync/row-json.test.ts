import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rowSchemas, syncTables } from '../../shared/sync/protocol';
import type { Database } from '../db/database';
import { seedDemo } from '../demo/seed';
import { openTestDatabase } from '../testing/test-db';
import { columnsOf, rowFrom } from './field-map';
import { serverRecords } from './registry';
import { rowJson } from './row-json';

let database: Database;
beforeEach(async () => {
  database = await openTestDatabase();
  const now = new Date('2026-11-18T09:30:00Z');
  await seedDemo(database.db, now);
  // Values JSON must escape, and a false flag.
  await database.db.updateTable('timeEntries').set({ note: 'Zeile 1\n"Zitat" – ü \\ Ende' }).execute();
  await database.db
    .updateTable('people')
    .set({ active: 0, displayName: 'O\'Brien "Bri"' })
    .where('email', 'like', '%')
    .execute();
});
afterEach(() => database.close());

describe('rows as JSON written by the database, for every registered record type', () => {
  it.each(syncTables)('%s: the JSON is exactly the row mapped from the field map, and a valid row', async (table) => {
    const { db, dialect } = database;
    const { fields } = serverRecords[table];
    const got = await db.selectFrom(table).select(rowJson(dialect, fields).as('json')).orderBy('id').execute();
    const mapped = (
      await db
        .selectFrom(table)
        .select(columnsOf(fields) as never[])
        .orderBy('id')
        .execute()
    ).map((r) => rowFrom<object>(fields, r as Record<string, unknown>));
    expect(got.length).toBeGreaterThan(0);
    const parsed = got.map((r) => JSON.parse(r.json) as object);
    // Same values, types and field order; PostgreSQL writes a space around each colon, SQLite none.
    expect(parsed).toEqual(mapped);
    expect(parsed.map((p) => Object.keys(p))).toEqual(mapped.map((e) => Object.keys(e)));
    if (dialect === 'sqlite') expect(got.map((r) => r.json)).toEqual(mapped.map((e) => JSON.stringify(e)));
    // The field map names exactly the row schema's fields, and what it produces passes the schema.
    expect(fields.map(([f]) => f).sort()).toEqual(Object.keys(rowSchemas[table].shape).sort());
    for (const row of parsed) expect(rowSchemas[table].safeParse(row).error).toBeUndefined();
  });
});
