import type { Kysely } from 'kysely';

/**
 * The audit log (issue 15): every change to a record and every administrative act, with who, when and
 * the values before and after, written in the transaction of the change itself. Rows are only ever
 * added; `before` and `after` hold JSON text. `actor_id` is null for the server's own jobs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('table_name', 'text')
    .addColumn('row_id', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').columns(['association_id', 'at']).execute();
  await db.schema.createIndex('audit_log_row').on('audit_log').columns(['association_id', 'row_id']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['association_id', 'actor_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
}
