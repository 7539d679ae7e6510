import type { Kysely } from 'kysely';

/**
 * Open shifts (issue 17.1): an assignment published without a person that qualified staff claim.
 * `eligible_ids` (JSON list) is who may see and claim it, fixed when it is published, so the read
 * scope is a plain "named" condition rather than a skill match per pull.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('open_shifts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipalities.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('service_type_id', 'text', (c) => c.notNull().references('service_types.id'))
    .addColumn('planned_start', 'text', (c) => c.notNull())
    .addColumn('planned_end', 'text', (c) => c.notNull())
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('needs_confirmation', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text', (c) => c.references('people.id'))
    .addColumn('claimed_at', 'text')
    .addColumn('assignment_id', 'text')
    .addColumn('eligible_ids', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('open_shifts_rev').on('open_shifts').columns(['association_id', 'rev']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('open_shifts').execute();
}
