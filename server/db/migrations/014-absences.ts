import type { Kysely } from 'kysely';

/**
 * Absences (issue 16): `absences` says who is away from when to when, and everyone in the association
 * reads it; `absence_details` holds the kind and the note (a sickness), read only by planners and the
 * person, one row per absence with its id. `from`/`to` are SQL words, hence `from_date`/`to_date`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('absences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text')
    .addColumn('end_time', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('people.id'))
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('absences_rev').on('absences').columns(['association_id', 'rev']).execute();
  // The overlap check reads one person's absences around a date range.
  await db.schema.createIndex('absences_person').on('absences').columns(['person_id', 'from_date']).execute();

  await db.schema
    .createTable('absence_details')
    .addColumn('id', 'text', (c) => c.primaryKey().references('absences.id'))
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('absence_details_rev').on('absence_details').columns(['association_id', 'rev']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('absence_details').execute();
  await db.schema.dropTable('absences').execute();
}
