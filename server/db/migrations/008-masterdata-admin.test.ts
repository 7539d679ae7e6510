import { type Migration, Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../database';
import { migrateToLatest } from '../migrate';
import * as m001 from './001-initial';
import * as m002 from './002-write-notifications';
import * as m003 from './003-mutation-retention';
import * as m004 from './004-login-throttle';
import * as m005 from './005-read-scopes';
import * as m006 from './006-entry-ids-per-association';
import * as m007 from './007-audit-log';

// Before 008, as a database in the field is: migrated that far, with an association and a municipality.
const before: Record<string, Migration> = {
  '001-initial': m001,
  '002-write-notifications': m002,
  '003-mutation-retention': m003,
  '004-login-throttle': m004,
  '005-read-scopes': m005,
  '006-entry-ids-per-association': m006,
  '007-audit-log': m007,
};

let database: Database | undefined;
afterEach(async () => database?.close());

// SQLite only: the step from 007 needs a database stopped at 007, which the PostgreSQL test schemas are not.
describe('migration 008', () => {
  it('gives existing associations their settings row and existing rows valid defaults', async () => {
    database = openDatabase({ kind: 'sqlite', file: ':memory:' });
    const db = database.db;
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => before } }).migrateToLatest();
    expect(error).toBeUndefined();
    const at = '2026-11-18T09:30:00.000Z';
    await sql`insert into associations (id, name, time_zone, country, created_at)
      values ('a1', 'Zweckverband', 'Europe/Berlin', 'DE', ${at})`.execute(db);
    await sql`insert into sync_state (association_id, rev) values ('a1', 7)`.execute(db);
    await sql`insert into municipalities (id, association_id, rev, deleted, updated_at, name, country)
      values ('m1', 'a1', 3, 0, ${at}, 'Dorsten', 'DE')`.execute(db);
    await sql`insert into service_types (id, association_id, rev, deleted, updated_at, code, name, hourly_rate_cents)
      values ('s1', 'a1', 4, 0, ${at}, 'IT', 'IT', 6000)`.execute(db);

    await migrateToLatest(db);

    expect(await db.selectFrom('associationSettings').selectAll().execute()).toEqual([
      expect.objectContaining({
        id: 'a1',
        associationId: 'a1',
        name: 'Zweckverband',
        country: 'DE',
        state: 'DE-HE',
        timeZone: 'Europe/Berlin',
        lawPack: 'DE-ArbZG',
        approvalPeriod: 'month',
        // A fresh revision above every existing one, so devices that synced before pull it.
        rev: 10,
      }),
    ]);
    expect(await db.selectFrom('syncState').select('rev').executeTakeFirst()).toEqual({ rev: 10 });
    // Rows devices hold without the new fields come again with the next pull: fresh revisions.
    expect(await db.selectFrom('municipalities').selectAll().executeTakeFirst()).toMatchObject({
      rev: 8,
      state: 'DE-HE',
      street: '',
      costCentre: '',
      contactEmail: '',
    });
    expect(await db.selectFrom('serviceTypes').select(['billingUnit', 'rev']).executeTakeFirst()).toEqual({
      billingUnit: 'hour',
      rev: 9,
    });
  });
});
