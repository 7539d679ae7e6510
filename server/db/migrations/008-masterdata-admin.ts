import { type Kysely, sql } from 'kysely';

/**
 * Master data administration (issue 15): the fields administrators edit on municipalities, sites and
 * service types, and the association's settings as a synced table of their own (one row per
 * association, its id the association's). Existing rows get neutral defaults an administrator then
 * completes: the state is the country's first in the code list only where nothing better is known.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const add = (table: string, column: string, type: 'text' | 'double precision', fallback?: string) =>
    db.schema
      .alterTable(table)
      .addColumn(column, type, (c) => (fallback === undefined ? c : c.notNull().defaultTo(fallback)))
      .execute();
  // Carinthia for Austrian rows, Hessen for German ones: the demo and the IKZ funding examples live there.
  await add('municipalities', 'state', 'text', '');
  await sql`update municipalities set state = case when country = 'DE' then 'DE-HE' else 'AT-2' end`.execute(db);
  for (const column of [
    'street',
    'postal_code',
    'city',
    'cost_centre',
    'contact_name',
    'contact_email',
    'contact_phone',
  ])
    await add('municipalities', column, 'text', '');
  // Double precision on both databases (PostgreSQL's `real` keeps only about 7 digits: metres matter).
  await add('sites', 'latitude', 'double precision');
  await add('sites', 'longitude', 'double precision');
  await add('service_types', 'billing_unit', 'text', 'hour');

  await db.schema
    .createTable('association_settings')
    .addColumn('id', 'text', (c) => c.primaryKey().references('associations.id'))
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('law_pack', 'text', (c) => c.notNull())
    .addColumn('approval_period', 'text', (c) => c.notNull())
    .addColumn('accessibility_contact', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('association_settings_rev')
    .on('association_settings')
    .columns(['association_id', 'rev'])
    .execute();
  // Devices hold these rows without the new fields: each gets a fresh revision of its association's
  // counter (unique, in the old order), so the next pull brings it again, complete.
  for (const table of ['municipalities', 'sites', 'service_types']) {
    await sql`update ${sql.table(table)} set rev = (select s.rev from sync_state s
        where s.association_id = ${sql.table(table)}.association_id) + r.n
      from (select id as rid, row_number() over (partition by association_id order by rev, id) as n
        from ${sql.table(table)}) r
      where ${sql.table(table)}.id = r.rid`.execute(db);
    await sql`update sync_state set rev = rev + (select count(*) from ${sql.table(table)} t
      where t.association_id = sync_state.association_id)`.execute(db);
  }
  // Each association's settings row takes the next revision of its counter, so devices pull it like any change.
  await sql`update sync_state set rev = rev + 1`.execute(db);
  await sql`insert into association_settings (id, association_id, rev, deleted, updated_at, name, country, state,
      time_zone, law_pack, approval_period, accessibility_contact)
    select a.id, a.id, s.rev, 0, a.created_at, a.name, a.country,
      case when a.country = 'DE' then 'DE-HE' else 'AT-2' end, a.time_zone,
      case when a.country = 'DE' then 'DE-ArbZG' else 'AT-AZG' end, 'month', ''
    from associations a join sync_state s on s.association_id = a.id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('association_settings').execute();
  for (const [table, column] of [
    ['service_types', 'billing_unit'],
    ['sites', 'longitude'],
    ['sites', 'latitude'],
    ...['contact_phone', 'contact_email', 'contact_name', 'cost_centre', 'city', 'postal_code', 'street', 'state'].map(
      (c) => ['municipalities', c],
    ),
  ] as const)
    await db.schema.alterTable(table).dropColumn(column).execute();
}
