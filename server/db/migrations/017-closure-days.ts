import type { Kysely } from 'kysely';

/**
 * Closure days (issue 16, point 5): days the association closes an office of its own accord, for one
 * municipality or, with `municipality_id` null, for all. Administrators keep them; everyone reads them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('closure_days')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('municipality_id', 'text', (c) => c.references('municipalities.id'))
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('closure_days_rev').on('closure_days').columns(['association_id', 'rev']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('closure_days').execute();
}
