import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * PostgreSQL only: every committed write to a table that server processes cache reads of (sessions
 * and who they belong to, the sync counter, devices' last mutations) notifies channel `ikz_writes`
 * with the table's name. Triggers rather than the app, so writes from any process or tool count and
 * a process that dies between commit and notify cannot leave others with stale caches. SQLite needs
 * none: one process writes, and others' commits show in `pragma data_version`.
 */
const cachedTables = ['sessions', 'people', 'associations', 'sync_state', 'sync_clients'];

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`create or replace function ikz_notify_write() returns trigger language plpgsql as $$
    begin
      perform pg_notify('ikz_writes', tg_table_name);
      return null;
    end $$`.execute(db);
  for (const table of cachedTables) {
    // Sessions: an update that only moves the expiry later (the hourly sliding expiry) leaves every
    // cached session right, since caches hold expiries as lower bounds; notifying it would empty every
    // process's session cache every few seconds. Any other change to a session still notifies.
    const events =
      table === 'sessions' ? sql`insert or delete or truncate` : sql`insert or update or delete or truncate`;
    await sql`create trigger ikz_notify_write after ${events} on ${sql.table(table)}
      for each statement execute function ikz_notify_write()`.execute(db);
  }
  await sql`create trigger ikz_notify_session_change after update on sessions for each row
    when (new.expires_at < old.expires_at or new.id <> old.id or new.person_id <> old.person_id
      or new.association_id <> old.association_id)
    execute function ikz_notify_write()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`drop trigger if exists ikz_notify_session_change on sessions`.execute(db);
  for (const table of cachedTables)
    await sql`drop trigger if exists ikz_notify_write on ${sql.table(table)}`.execute(db);
  await sql`drop function if exists ikz_notify_write()`.execute(db);
}
