import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * What read scopes need to know (server/sync/scope.ts): the municipality a municipality contact
 * speaks for, and which apprentice is at which mentor's station when. The apprentices issue makes
 * stations a synced record type; here they only decide who may read what.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('people')
    .addColumn('municipality_id', 'text', (c) => c.references('municipalities.id'))
    .execute();
  await db.schema
    .createTable('rotation_stations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('apprentice_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('mentor_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipalities.id'))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('rotation_stations_mentor')
    .on('rotation_stations')
    .columns(['mentor_id', 'ends_on'])
    .execute();
  await db.schema
    .createIndex('rotation_stations_apprentice')
    .on('rotation_stations')
    .columns(['apprentice_id', 'ends_on'])
    .execute();
  // Scope facts are cached per process (server/sync/scope-facts.ts):
  // other processes learn of writes as in migration 002.
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create trigger ikz_notify_write after insert or update or delete or truncate on rotation_stations
      for each statement execute function ikz_notify_write()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rotation_stations').execute();
  await db.schema.alterTable('people').dropColumn('municipality_id').execute();
}
