import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { testDatabaseUrl } from '../env';

/** Advisory lock key shared by every test process on the PostgreSQL server. */
const SCHEMA_LOCK = 4_211_337;

/**
 * A fresh migrated database for one test: SQLite in memory, or its own schema on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again on close).
 */
export async function openTestDatabase(options: { poolSize?: number } = {}): Promise<Database> {
  const url = testDatabaseUrl();
  if (!url) {
    const database = openDatabase({ kind: 'sqlite', file: ':memory:' });
    await migrateToLatest(database.db);
    return database;
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = openDatabase({ kind: 'postgres', url, poolSize: 1, readCaches: false });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  const database = openDatabase({ kind: 'postgres', url, searchPath: schema, poolSize: options.poolSize ?? 5 });
  // Kysely's migrator lists the tables of every schema, and that query fails when another test
  // file drops its schema meanwhile; migrations share this lock, dropping a schema takes it alone.
  await admin.db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock_shared(${SCHEMA_LOCK})`.execute(conn);
    try {
      await migrateToLatest(database.db, schema);
    } finally {
      await sql`select pg_advisory_unlock_shared(${SCHEMA_LOCK})`.execute(conn);
    }
  });
  await admin.close();
  return {
    ...database,
    close: async () => {
      await database.db.connection().execute(async (conn) => {
        await sql`select pg_advisory_lock(${SCHEMA_LOCK})`.execute(conn);
        try {
          await sql`drop schema ${sql.id(schema)} cascade`.execute(conn);
        } finally {
          await sql`select pg_advisory_unlock(${SCHEMA_LOCK})`.execute(conn);
        }
      });
      await database.close();
    },
  };
}
