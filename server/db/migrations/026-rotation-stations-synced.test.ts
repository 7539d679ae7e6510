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
import * as m008 from './008-masterdata-admin';
import * as m009 from './009-person-profiles';
import * as m010 from './010-invitations';
import * as m011 from './011-audit-append-only';
import * as m012 from './012-erasures';
import * as m014 from './014-absences';
import * as m015 from './015-cover-requests';
import * as m016 from './016-rule-overrides';
import * as m017 from './017-closure-days';
import * as m018 from './018-ical-feeds';
import * as m019 from './019-assignment-series';
import * as m020 from './020-open-shifts';
import * as m021 from './021-notifications';
import * as m022 from './022-web-push';

// Before 026, as a database in the field is: stations kept for read scopes only, without revisions.
const before: Record<string, Migration> = {
  '001-initial': m001,
  '002-write-notifications': m002,
  '003-mutation-retention': m003,
  '004-login-throttle': m004,
  '005-read-scopes': m005,
  '006-entry-ids-per-association': m006,
  '007-audit-log': m007,
  '008-masterdata-admin': m008,
  '009-person-profiles': m009,
  '010-invitations': m010,
  '011-audit-append-only': m011,
  '012-erasures': m012,
  '014-absences': m014,
  '015-cover-requests': m015,
  '016-rule-overrides': m016,
  '017-closure-days': m017,
  '018-ical-feeds': m018,
  '019-assignment-series': m019,
  '020-open-shifts': m020,
  '021-notifications': m021,
  '022-web-push': m022,
};

let database: Database | undefined;
afterEach(async () => database?.close());

// SQLite only: the step needs a database stopped at 022, which the PostgreSQL test schemas are not.
describe('migration 026', () => {
  it('gives stations kept so far fresh revisions and defaults, so devices pull them', async () => {
    database = openDatabase({ kind: 'sqlite', file: ':memory:' });
    const db = database.db;
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => before } }).migrateToLatest();
    expect(error).toBeUndefined();
    const at = '2026-11-18T09:30:00.000Z';
    await sql`insert into associations (id, name, time_zone, country, created_at)
      values ('a1', 'Zweckverband', 'Europe/Vienna', 'AT', ${at})`.execute(db);
    await sql`update sync_state set rev = 7 where association_id = 'a1'`.execute(db);
    await sql`insert into sync_state (association_id, rev) select 'a1', 7
      where not exists (select 1 from sync_state where association_id = 'a1')`.execute(db);
    await sql`insert into municipalities (id, association_id, rev, deleted, updated_at, name, country)
      values ('m1', 'a1', 3, 0, ${at}, 'Albeck', 'AT')`.execute(db);
    for (const id of ['jonas', 'gerhard']) {
      const email = `${id}@x.example`;
      await sql`insert into people (id, association_id, rev, deleted, updated_at, email, display_name, roles, skills,
          active, created_at) values (${id}, 'a1', 4, 0, ${at}, ${email}, ${id}, '[]', '[]', 1, ${at})`.execute(db);
    }
    for (const [id, from] of [
      ['s2', '2026-12-07'],
      ['s1', '2026-11-30'],
    ])
      await sql`insert into rotation_stations (id, association_id, apprentice_id, mentor_id, municipality_id, starts_on,
          ends_on) values (${id}, 'a1', 'jonas', 'gerhard', 'm1', ${from}, ${from})`.execute(db);

    await migrateToLatest(db);

    const rows = await db.selectFrom('rotationStations').selectAll().orderBy('rev').execute();
    // Above every revision handed out so far, in the order of their start.
    expect(rows.map((r) => [r.id, Number(r.rev)])).toEqual([
      ['s1', 8],
      ['s2', 9],
    ]);
    expect(rows[0]).toMatchObject({ department: '', startTime: '08:00', trainingAreas: '[]', deputyId: null });
    expect(Number((await db.selectFrom('syncState').select('rev').executeTakeFirstOrThrow()).rev)).toBe(9);
  });
});
