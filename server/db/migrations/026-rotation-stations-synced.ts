import { type Kysely, sql } from 'kysely';

/**
 * Rotation stations become a synced record type (issue 18): revision, change time, department, start
 * time, a deputy mentor and the training areas the station covers. Stations kept so far (scope facts
 * only) take fresh revisions of their association's counter, so devices pull them like any change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('rotation_stations')
    .addColumn('rev', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  for (const [column, fallback] of [
    ['updated_at', '1970-01-01T00:00:00.000Z'],
    ['created_at', '1970-01-01T00:00:00.000Z'],
    ['department', ''],
    ['start_time', '08:00'],
    ['training_areas', '[]'],
  ] as const)
    await db.schema
      .alterTable('rotation_stations')
      .addColumn(column, 'text', (c) => c.notNull().defaultTo(fallback))
      .execute();
  await db.schema
    .alterTable('rotation_stations')
    .addColumn('deputy_id', 'text', (c) => c.references('people.id'))
    .execute();
  await sql`update rotation_stations set rev = (select s.rev from sync_state s
      where s.association_id = rotation_stations.association_id) + r.n
    from (select id as rid, row_number() over (partition by association_id order by starts_on, id) as n
      from rotation_stations) r
    where rotation_stations.id = r.rid`.execute(db);
  await sql`update sync_state set rev = rev + (select count(*) from rotation_stations t
    where t.association_id = sync_state.association_id)`.execute(db);
  await db.schema
    .createIndex('rotation_stations_rev')
    .on('rotation_stations')
    .columns(['association_id', 'rev'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('rotation_stations_rev').execute();
  for (const column of ['deputy_id', 'training_areas', 'start_time', 'department', 'created_at', 'updated_at', 'rev'])
    await db.schema.alterTable('rotation_stations').dropColumn(column).execute();
}
