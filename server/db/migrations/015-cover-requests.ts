import type { Kysely } from 'kysely';

/**
 * Cover requests (issue 16): a municipality asks the association for someone to cover given times.
 * Skills, time slots and the filled assignments' ids are JSON text lists, as people's skills are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cover_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipalities.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('service_type_id', 'text', (c) => c.notNull().references('service_types.id'))
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('slots', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('covered_by', 'text', (c) => c.references('people.id'))
    .addColumn('assignment_ids', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cover_requests_rev').on('cover_requests').columns(['association_id', 'rev']).execute();
  // Contacts pull their municipality's requests.
  await db.schema
    .createIndex('cover_requests_municipality')
    .on('cover_requests')
    .columns(['association_id', 'municipality_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('cover_requests').execute();
}
