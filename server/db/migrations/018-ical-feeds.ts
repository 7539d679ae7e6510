import type { Kysely } from 'kysely';

/**
 * Calendar feeds (issue 17, point 4): at most one per person, keyed by the person so a new link replaces
 * the old one in one upsert. Only the token's hash is kept: the database alone does not open a feed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ical_feeds')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ical_feeds').execute();
}
