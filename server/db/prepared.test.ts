import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-db';
import type { Database } from './database';
import { preparedQuery } from './prepared';
import type { DB } from './schema';

describe('preparedQuery', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    const now = new Date().toISOString();
    await database.db
      .insertInto('associations')
      .values([
        { id: 'a1', name: 'Eins', timeZone: 'Europe/Vienna', country: 'AT', createdAt: now },
        { id: 'a2', name: 'Zwei', timeZone: 'Europe/Berlin', country: 'DE', createdAt: now },
      ])
      .execute();
    await database.db
      .insertInto('syncState')
      .values([
        { associationId: 'a1', rev: 5 },
        { associationId: 'a2', rev: 9 },
      ])
      .execute();
  });
  afterAll(() => database.close());

  const byId = preparedQuery<{ id: string }>()((db, arg) =>
    db.selectFrom('associations').select(['id', 'timeZone']).where('id', '=', arg('id')),
  );

  it('answers with each call’s own arguments, mapped to camelCase like any Kysely query', async () => {
    expect(await byId(database.db, { id: 'a1' })).toEqual([{ id: 'a1', timeZone: 'Europe/Vienna' }]);
    expect(await byId(database.db, { id: 'a2' })).toEqual([{ id: 'a2', timeZone: 'Europe/Berlin' }]);
    expect(await byId(database.db, { id: 'nope' })).toEqual([]);
  });

  it('keeps constant values of the builder and fills several arguments', async () => {
    const q = preparedQuery<{ id: string; min: number }>()((db, arg) =>
      db
        .selectFrom('associations')
        .innerJoin('syncState', 'syncState.associationId', 'associations.id')
        .select(['associations.name', 'syncState.rev'])
        .where('associations.country', '=', 'AT')
        .where((eb) => eb.or([eb('associations.id', '=', arg('id')), eb('syncState.rev', '>', arg('min'))])),
    );
    expect(await q(database.db, { id: 'a2', min: 100 })).toEqual([]); // a2 is not in AT
    expect(await q(database.db, { id: 'x', min: 1 })).toEqual([{ name: 'Eins', rev: 5 }]);
  });

  it('refuses a placeholder that did not become a parameter', async () => {
    const broken = preparedQuery<{ n: number }>()((db, arg) =>
      db
        .selectFrom('associations')
        .select('id')
        .limit(arg('n'))
        .$call((qb) => qb.clearLimit()),
    );
    await expect(broken(database.db, { n: 1 })).rejects.toThrow(/"n" is not a parameter/);
  });

  it('is prepared once per connection on PostgreSQL (a named statement) and a plain statement on SQLite', async () => {
    await byId(database.db, { id: 'a1' });
    if (database.dialect === 'postgres') {
      const prepared = (conn: Kysely<DB>) =>
        sql<{ name: string }>`select name from pg_prepared_statements where name like 'ikz_prepared_%'`.execute(conn);
      const [afterFirst, afterMore] = await database.db.connection().execute(async (conn) => {
        await byId(conn, { id: 'a1' });
        const first = (await prepared(conn)).rows.length;
        await byId(conn, { id: 'a2' });
        await byId(conn, { id: 'nope' });
        return [first, (await prepared(conn)).rows.length];
      });
      expect(afterFirst).toBeGreaterThan(0);
      expect(afterMore).toBe(afterFirst);
    }
    expect(await byId(database.db, { id: 'a2' })).toEqual([{ id: 'a2', timeZone: 'Europe/Berlin' }]);
  });
});
