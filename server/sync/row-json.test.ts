import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { seedDemo } from '../demo/seed';
import * as rows from '../masterdata/rows';
import { openTestDatabase } from '../testing/test-db';
import { rowJson } from './row-json';

let database: Database;
beforeEach(async () => {
  database = await openTestDatabase();
  const now = new Date('2026-11-18T09:30:00Z');
  await seedDemo(database.db, now);
  // Values JSON must escape, and a false flag.
  await database.db.updateTable('timeEntries').set({ note: 'Zeile 1\n"Zitat" – ü \\ Ende' }).execute();
  await database.db.updateTable('people').set({ active: 0, displayName: 'O\'Brien "Bri"' }).where('email', 'like', '%').execute();
});
afterEach(() => database.close());

describe('rows as JSON written by the database', () => {
  it('is exactly the JSON of each table’s API mapping', async () => {
    const { db, dialect } = database;
    // Same values, types and field order; PostgreSQL writes a space around each colon, SQLite none.
    const check = async (got: { json: string }[], expected: object[]) => {
      expect(got.length).toBeGreaterThan(0);
      const parsed = got.map((r) => JSON.parse(r.json) as object);
      expect(parsed).toEqual(expected);
      expect(parsed.map((p) => Object.keys(p))).toEqual(expected.map((e) => Object.keys(e)));
      if (dialect === 'sqlite') expect(got.map((r) => r.json)).toEqual(expected.map((e) => JSON.stringify(e)));
    };
    const json = <T,>(spec: rows.WireSpec<T>) => rowJson(dialect, spec).as('json');
    await check(await db.selectFrom('municipalities').select(json(rows.municipalityWire)).orderBy('id').execute(), (await db.selectFrom('municipalities').select(rows.municipalityColumns).orderBy('id').execute()).map(rows.toMunicipality));
    await check(await db.selectFrom('sites').select(json(rows.siteWire)).orderBy('id').execute(), (await db.selectFrom('sites').select(rows.siteColumns).orderBy('id').execute()).map(rows.toSite));
    await check(await db.selectFrom('serviceTypes').select(json(rows.serviceTypeWire)).orderBy('id').execute(), (await db.selectFrom('serviceTypes').select(rows.serviceTypeColumns).orderBy('id').execute()).map(rows.toServiceType));
    await check(await db.selectFrom('people').select(json(rows.personWire)).orderBy('id').execute(), (await db.selectFrom('people').select(rows.personColumns).orderBy('id').execute()).map(rows.toPerson));
    await check(await db.selectFrom('assignments').select(json(rows.assignmentWire)).orderBy('id').execute(), (await db.selectFrom('assignments').select(rows.assignmentColumns).orderBy('id').execute()).map(rows.toAssignment));
    await check(await db.selectFrom('timeEntries').select(json(rows.timeEntryWire)).orderBy('id').execute(), (await db.selectFrom('timeEntries').select(rows.timeEntryColumns).orderBy('id').execute()).map(rows.toTimeEntry));
  });
});
