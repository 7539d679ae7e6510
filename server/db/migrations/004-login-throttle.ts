import type { Kysely } from 'kysely';

/**
 * The login throttle counts an attempt in the same statement that decides whether it may go ahead
 * (server/auth/throttle.ts), so parallel attempts cannot all slip through. Times are epoch
 * milliseconds, so the statement can add a delay in SQL the same way on SQLite and PostgreSQL.
 * Old rows only held counts of failed logins; dropping them forgives those.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('delay_ms', 'bigint', (c) => c.notNull())
    .addColumn('next_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_throttle_next_at').on('login_throttle').column('next_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();
}
