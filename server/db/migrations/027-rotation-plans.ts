import type { Kysely } from 'kysely';

/** An apprentice's rotation plan (issue 18): the training areas (JSON list) the stations must cover. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rotation_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('apprentice_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('training_areas', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rotation_plans_rev').on('rotation_plans').columns(['association_id', 'rev']).execute();
  // One plan per apprentice: two coordinators creating one at once meet here, whatever the lock does.
  await db.schema
    .createIndex('rotation_plans_apprentice')
    .on('rotation_plans')
    .column('apprentice_id')
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rotation_plans').execute();
}
