import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * The audit log is append-only, enforced by the database so no code path (or a hand-typed statement)
 * can quietly rewrite history: DELETE is refused, and so is every UPDATE but one, the redaction that
 * erasing a person needs (server/audit/redact.ts). A redaction may change only `before` and `after`
 * and must set `redacted_at` to a time later than the row's last redaction (NULL at first); who, when,
 * what, table and row stay as written. PostgreSQL also refuses TRUNCATE.
 */
const REFUSED = 'audit_log is append-only';

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('redacted_at', 'text').execute();
  if (isPostgres(db)) {
    await sql`create or replace function audit_log_append_only() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE'
          and new.redacted_at is not null and (old.redacted_at is null or new.redacted_at > old.redacted_at)
          and new.id = old.id and new.association_id = old.association_id and new.at = old.at
          and new.action = old.action and new.actor_id is not distinct from old.actor_id
          and new.table_name is not distinct from old.table_name and new.row_id is not distinct from old.row_id
        then
          return new;
        end if;
        raise exception '${sql.raw(REFUSED)}: % refused', tg_op using errcode = 'check_violation';
      end $$`.execute(db);
    await sql`create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
    await sql`create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db);
    return;
  }
  await sql`create trigger audit_log_no_delete before delete on audit_log
    begin select raise(abort, '${sql.raw(REFUSED)}: DELETE refused'); end`.execute(db);
  await sql`create trigger audit_log_no_update before update on audit_log
    when not (new.redacted_at is not null and (old.redacted_at is null or new.redacted_at > old.redacted_at)
      and new.id = old.id and new.association_id = old.association_id and new.at = old.at
      and new.action = old.action and new.actor_id is old.actor_id
      and new.table_name is old.table_name and new.row_id is old.row_id)
    begin select raise(abort, '${sql.raw(REFUSED)}: UPDATE refused'); end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger if exists audit_log_no_truncate on audit_log`.execute(db);
    await sql`drop trigger if exists audit_log_append_only on audit_log`.execute(db);
    await sql`drop function if exists audit_log_append_only()`.execute(db);
  } else {
    await sql`drop trigger if exists audit_log_no_update`.execute(db);
    await sql`drop trigger if exists audit_log_no_delete`.execute(db);
  }
  await db.schema.alterTable('audit_log').dropColumn('redacted_at').execute();
}
