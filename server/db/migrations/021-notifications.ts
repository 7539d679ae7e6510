import type { Kysely } from 'kysely';

/**
 * Notifications (issue 17.3): one row per recipient, a kind and its parameters (JSON); the device renders
 * the German or English text. `pushed_at` is the server's own mark that Web Push was tried (not synced).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('pushed_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_rev').on('notifications').columns(['association_id', 'rev']).execute();
  // The push sender looks for rows not pushed yet.
  await db.schema.createIndex('notifications_unpushed').on('notifications').columns(['pushed_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notifications').execute();
}
