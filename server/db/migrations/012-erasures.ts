import type { Kysely } from 'kysely';

/**
 * Erased persons (issue 15, data protection): when their name and e-mail were pseudonymised and until
 * when their time records must be kept (ArbZG § 16 Abs. 2: two years). The person id is the key, so a
 * person is erased once; `retention_done_at` is set when the retention job has deleted their records.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('erasures')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('erased_at', 'text', (c) => c.notNull())
    .addColumn('retain_until', 'text', (c) => c.notNull())
    .addColumn('retention_done_at', 'text')
    .execute();
  await db.schema.createIndex('erasures_retain').on('erasures').columns(['retain_until']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('erasures').execute();
}
