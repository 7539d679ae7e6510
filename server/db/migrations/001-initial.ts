import type { Kysely } from 'kysely';

// Types chosen to mean the same on SQLite and PostgreSQL: text ids and ISO timestamps, integer flags.
type AnyDb = Kysely<unknown>;

async function synced(
  db: AnyDb,
  table: string,
  build: (t: ReturnType<AnyDb['schema']['createTable']>) => ReturnType<AnyDb['schema']['createTable']>,
) {
  let t = db.schema
    .createTable(table)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull());
  t = build(t);
  await t.execute();
  await db.schema.createIndex(`${table}_rev`).on(table).columns(['association_id', 'rev']).execute();
}

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('associations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // One counter row per association: bumping it inside the writing transaction locks it, so
  // revisions are handed out in commit order (see shared SYNC.md).
  await db.schema
    .createTable('sync_state')
    .addColumn('association_id', 'text', (c) => c.primaryKey().references('associations.id'))
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .execute();
  await synced(db, 'municipalities', (t) =>
    t.addColumn('name', 'text', (c) => c.notNull()).addColumn('country', 'text', (c) => c.notNull()),
  );
  await synced(db, 'sites', (t) =>
    t
      .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipalities.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('street', 'text', (c) => c.notNull())
      .addColumn('postal_code', 'text', (c) => c.notNull())
      .addColumn('city', 'text', (c) => c.notNull()),
  );
  await synced(db, 'service_types', (t) =>
    t
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('hourly_rate_cents', 'integer', (c) => c.notNull()),
  );
  await synced(db, 'people', (t) =>
    t
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('roles', 'text', (c) => c.notNull())
      .addColumn('skills', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text')
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull()),
  );
  await synced(db, 'assignments', (t) =>
    t
      .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
      .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipalities.id'))
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('service_type_id', 'text', (c) => c.notNull().references('service_types.id'))
      .addColumn('planned_start', 'text', (c) => c.notNull())
      .addColumn('planned_end', 'text', (c) => c.notNull())
      .addColumn('task', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('worker_notes', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull()),
  );
  await db.schema
    .createIndex('assignments_person_rev')
    .on('assignments')
    .columns(['association_id', 'person_id', 'rev'])
    .execute();
  await synced(db, 'time_entries', (t) =>
    t
      .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('start_time', 'text', (c) => c.notNull())
      .addColumn('end_time', 'text', (c) => c.notNull())
      .addColumn('break_minutes', 'integer', (c) => c.notNull())
      .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipalities.id'))
      .addColumn('site_id', 'text', (c) => c.references('sites.id'))
      .addColumn('service_type_id', 'text', (c) => c.notNull().references('service_types.id'))
      .addColumn('assignment_id', 'text', (c) => c.references('assignments.id'))
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text'),
  );
  await db.schema
    .createIndex('time_entries_person_rev')
    .on('time_entries')
    .columns(['association_id', 'person_id', 'rev'])
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();
  await db.schema
    .createTable('sync_clients')
    .addColumn('client_id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('last_mutation_id', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sync_mutations')
    .addColumn('client_id', 'text', (c) => c.notNull().references('sync_clients.client_id'))
    .addColumn('mutation_id', 'bigint', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sync_mutations_pk', ['client_id', 'mutation_id'])
    .execute();
  // When a row leaves a person's scope (an assignment moved to someone else) their devices must drop it.
  await db.schema
    .createTable('sync_revocations')
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('row_id', 'text', (c) => c.notNull())
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sync_revocations_person_rev')
    .on('sync_revocations')
    .columns(['association_id', 'person_id', 'rev'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of [
    'sync_revocations',
    'sync_mutations',
    'sync_clients',
    'login_throttle',
    'sessions',
    'time_entries',
    'assignments',
    'people',
    'service_types',
    'sites',
    'municipalities',
    'sync_state',
    'associations',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
