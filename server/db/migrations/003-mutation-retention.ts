import type { Kysely } from 'kysely';

/**
 * Stored push answers are kept only while a device may still replay them: `kept_from` is the first
 * mutation id whose answer is still kept (answers below it were dropped once the device moved past
 * them), and `fingerprint` tells a true replay from a reused id with other content.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sync_clients')
    .addColumn('kept_from', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('sync_mutations').addColumn('fingerprint', 'text').execute();
  await db.schema.createIndex('sync_clients_last_seen').on('sync_clients').column('last_seen_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sync_clients_last_seen').execute();
  await db.schema.alterTable('sync_mutations').dropColumn('fingerprint').execute();
  await db.schema.alterTable('sync_clients').dropColumn('kept_from').execute();
}
