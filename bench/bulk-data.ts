import { type Kysely, sql } from 'kysely';
import { newId } from '../shared/ids/ids';
import { addDays } from '../shared/time/dates';
import type { Dialect } from '../server/db/database';
import type { DB } from '../server/db/schema';
import { reserveRevs } from '../server/sync/revisions';

/** Where bulk rows go: the demo association and one municipality and service type of it. */
export type BulkTarget = {
  db: Kysely<DB>;
  dialect: Dialect;
  associationId: string;
  municipalityId: string;
  serviceTypeId: string;
};

export async function bulkTarget(db: Kysely<DB>, dialect: Dialect): Promise<BulkTarget> {
  const { associationId } = await db.selectFrom('syncState').select('associationId').executeTakeFirstOrThrow();
  const m = await db
    .selectFrom('municipalities')
    .select('id')
    .where('associationId', '=', associationId)
    .executeTakeFirstOrThrow();
  const s = await db
    .selectFrom('serviceTypes')
    .select('id')
    .where('associationId', '=', associationId)
    .executeTakeFirstOrThrow();
  return { db, dialect, associationId, municipalityId: m.id, serviceTypeId: s.id };
}

/** Adds `n` staff members (no password; sessions are created directly) and returns their ids. */
export async function addStaff(t: BulkTarget, n: number, tag = 'bench'): Promise<string[]> {
  const ids = Array.from({ length: n }, () => newId());
  const stamp = new Date().toISOString();
  await t.db.transaction().execute(async (trx) => {
    const first = await reserveRevs(trx, t.associationId, n);
    for (let i = 0; i < n; i += 200) {
      const rows = ids.slice(i, i + 200).map((id, j) => ({
        id,
        associationId: t.associationId,
        rev: first + i + j,
        deleted: 0,
        updatedAt: stamp,
        email: `${tag}-${i + j}-${id.slice(-6)}@bench.invalid`,
        displayName: `Bench ${i + j}`,
        roles: JSON.stringify(['staff']),
        skills: '[]',
        passwordHash: null,
        active: 1,
        createdAt: stamp,
      }));
      await trx.insertInto('people').values(rows).execute();
    }
  });
  return ids;
}

type EntryCols = { id: string[]; rev: number[]; personId: string[]; date: string[]; note: string[] };

async function insertSqlite(trx: Kysely<DB>, t: BulkTarget, c: EntryCols, stamp: string): Promise<void> {
  for (let i = 0; i < c.id.length; i += 500) {
    const rows = c.id.slice(i, i + 500).map((id, j) => ({
      id,
      associationId: t.associationId,
      rev: c.rev[i + j]!,
      deleted: 0,
      updatedAt: stamp,
      personId: c.personId[i + j]!,
      date: c.date[i + j]!,
      startTime: '08:00',
      endTime: '12:00',
      breakMinutes: 0,
      municipalityId: t.municipalityId,
      siteId: null,
      serviceTypeId: t.serviceTypeId,
      assignmentId: null,
      note: c.note[i + j]!,
      state: 'submitted',
      createdAt: stamp,
      submittedAt: stamp,
    }));
    await trx.insertInto('timeEntries').values(rows).execute();
  }
}

async function insertPostgres(trx: Kysely<DB>, t: BulkTarget, c: EntryCols, stamp: string): Promise<void> {
  const CHUNK = 10_000;
  for (let i = 0; i < c.id.length; i += CHUNK) {
    const part = <T>(xs: T[]) => xs.slice(i, i + CHUNK);
    await sql`
      insert into time_entries (id, association_id, rev, deleted, updated_at, person_id, date, start_time, end_time,
        break_minutes,
        municipality_id, site_id, service_type_id, assignment_id, note, state, created_at, submitted_at)
      select u.id, ${t.associationId}, u.rev, 0, ${stamp}, u.person_id, u.date, '08:00', '12:00', 0,
        ${t.municipalityId}, null, ${t.serviceTypeId}, null, u.note, 'submitted', ${stamp}, ${stamp}
      from unnest(${part(c.id)}::text[], ${part(c.rev)}::bigint[], ${part(c.personId)}::text[],
        ${part(c.date)}::text[], ${part(c.note)}::text[])
        as u(id, rev, person_id, date, note)`.execute(trx);
  }
}

/**
 * Inserts `count` submitted time entries, the i-th one owned by `ownerOf(i)`, with fresh revisions
 * from the association's counter, in one transaction (multi-row inserts on SQLite, unnest on PostgreSQL).
 */
export async function addTimeEntries(t: BulkTarget, count: number, ownerOf: (i: number) => string): Promise<void> {
  if (count <= 0) return;
  const stamp = new Date().toISOString();
  await t.db.transaction().execute(async (trx) => {
    const first = await reserveRevs(trx, t.associationId, count);
    const c: EntryCols = { id: [], rev: [], personId: [], date: [], note: [] };
    for (let i = 0; i < count; i++) {
      c.id.push(newId());
      c.rev.push(first + i);
      c.personId.push(ownerOf(i));
      c.date.push(addDays('2025-01-01', i % 600));
      c.note.push(`Bench ${first + i}`);
    }
    await (t.dialect === 'postgres' ? insertPostgres(trx, t, c, stamp) : insertSqlite(trx, t, c, stamp));
  });
  // What autovacuum would do soon after such a load; the planner needs row counts to pick indexes.
  if (t.dialect === 'postgres') await sql`analyze time_entries`.execute(t.db);
}

export async function timeEntryCount(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('timeEntries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function currentRev(db: Kysely<DB>, associationId: string): Promise<number> {
  const row = await db
    .selectFrom('syncState')
    .select('rev')
    .where('associationId', '=', associationId)
    .executeTakeFirstOrThrow();
  return Number(row.rev);
}
