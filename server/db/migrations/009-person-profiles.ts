import { type Kysely, sql } from 'kysely';

/**
 * What administrators keep about a person (issue 15): a synced record type only they read, one row
 * per person with the person's id. Existing people get theirs, each with a fresh revision of its
 * association, so devices of administrators pull them like any other change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('person_profiles')
    .addColumn('id', 'text', (c) => c.primaryKey().references('people.id'))
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('municipality_id', 'text', (c) => c.references('municipalities.id'))
    .addColumn('employing_body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('weekly_target_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active_from', 'text')
    .addColumn('active_to', 'text')
    .addColumn('date_of_birth', 'text')
    .addColumn('training_occupation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('training_from', 'text')
    .addColumn('training_to', 'text')
    .execute();
  await db.schema.createIndex('person_profiles_rev').on('person_profiles').columns(['association_id', 'rev']).execute();

  // Revisions continue each association's counter, one per person, in one statement for any number of people.
  const stamp = new Date().toISOString();
  await sql`insert into person_profiles (id, association_id, rev, deleted, updated_at, display_name, email, roles,
      skills, municipality_id)
    select p.id, p.association_id,
      s.rev + row_number() over (partition by p.association_id order by p.id), 0, ${stamp},
      p.display_name, lower(p.email), p.roles, p.skills, p.municipality_id
    from people p join sync_state s on s.association_id = p.association_id
    where p.deleted = 0`.execute(db);
  await sql`update sync_state set rev = rev + (select count(*) from people p
    where p.association_id = sync_state.association_id and p.deleted = 0)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('person_profiles').execute();
}
