import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * Devices make their entries' ids. Unique per association, not across all of them: a create with an
 * id that another association happens to use must be answered as one with an unknown id, or it
 * would tell a device that the id exists elsewhere. Time entries are the only rows devices create.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table time_entries drop constraint time_entries_pkey, add primary key (association_id, id)`.execute(
      db,
    );
    return;
  }
  // SQLite cannot change a primary key: the table is built anew with the same columns and copied.
  await sql`create table time_entries_new (
    id text not null,
    association_id text not null references associations(id),
    rev bigint not null,
    deleted integer not null default 0,
    updated_at text not null,
    person_id text not null references people(id),
    date text not null,
    start_time text not null,
    end_time text not null,
    break_minutes integer not null,
    municipality_id text not null references municipalities(id),
    site_id text references sites(id),
    service_type_id text not null references service_types(id),
    assignment_id text references assignments(id),
    note text not null,
    state text not null,
    created_at text not null,
    submitted_at text,
    primary key (association_id, id)
  )`.execute(db);
  await sql`insert into time_entries_new select id, association_id, rev, deleted, updated_at, person_id, date,
    start_time, end_time, break_minutes, municipality_id, site_id, service_type_id, assignment_id, note, state,
    created_at, submitted_at from time_entries`.execute(db);
  await sql`drop table time_entries`.execute(db);
  await sql`alter table time_entries_new rename to time_entries`.execute(db);
  await sql`create index time_entries_rev on time_entries (association_id, rev)`.execute(db);
  await sql`create index time_entries_person_rev on time_entries (association_id, person_id, rev)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Entry ids per association cannot be made global again without losing entries');
}
