import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';
import type { SyncTable } from '../../shared/sync/protocol';
import type { AnyFieldMap } from '../sync/field-map';
import { rowJson } from '../sync/row-json';

/** A create whose audit row the database writes from the row itself: the audit id, the row and when. */
export type PendingCreate = { auditId: string; rowId: string; at: string };

/**
 * The audit rows of the creates of one table, written by one INSERT … SELECT from the rows the push has
 * just written: the database makes each row's JSON (as a pull does, row-json.ts), so the push binds three
 * short values per create instead of nine, the JSON text among them. Only creates whose row the push did
 * not change again qualify (SyncAudit decides): the row as written is then the row as created. The list's
 * columns have names no record's column has, since the row's JSON names its columns unqualified. Each row
 * must be found by its key, the list being the outer loop: otherwise the database reads all the
 * association's rows of the table for every push. On SQLite a CROSS JOIN fixes the order; on PostgreSQL a
 * LATERAL subquery does (a plain join was planned as a hash of all the association's rows, from statistics
 * that a table growing by pushes rarely has fresh: 10 of the 20 ms the audit cost a push of 1,000).
 */
export async function writeCreatesFromRows(
  trx: Kysely<DB>,
  dialect: Dialect,
  table: SyncTable,
  fields: AnyFieldMap,
  associationId: string,
  actorId: string,
  creates: readonly PendingCreate[],
): Promise<void> {
  await createsFromRowsSql(dialect, table, fields, associationId, actorId, creates).execute(trx);
}

/** The statement writeCreatesFromRows runs (exported so a test can look at its plan). */
export function createsFromRowsSql(
  dialect: Dialect,
  table: SyncTable,
  fields: AnyFieldMap,
  associationId: string,
  actorId: string,
  creates: readonly PendingCreate[],
): RawBuilder<unknown> {
  const json = rowJson(dialect, fields);
  const t = sql.table(table);
  const onRow = sql`${sql.ref(`${table}.associationId`)} = ${associationId} and ${sql.ref(`${table}.id`)} = v._rid`;
  const columns = sql`(id, association_id, at, actor_id, action, table_name, row_id, before, after)`;
  if (dialect === 'postgres') {
    const [ids, rows, ats] = [creates.map((c) => c.auditId), creates.map((c) => c.rowId), creates.map((c) => c.at)];
    // LIMIT 1 keeps the planner from flattening the subquery back into a join.
    return sql`insert into audit_log ${columns}
      select v._aid, ${associationId}, v._at, ${actorId}, 'create', ${table}, v._rid, null, r.j
      from unnest(${ids}::text[], ${rows}::text[], ${ats}::text[]) as v(_aid, _rid, _at)
      cross join lateral (select ${json} as j from ${t} where ${onRow} limit 1) as r`;
  }
  const triples = JSON.stringify(creates.map((c) => [c.auditId, c.rowId, c.at]));
  return sql`insert into audit_log ${columns}
    select v._aid, ${associationId}, v._at, ${actorId}, 'create', ${table}, v._rid, null, ${json}
    from (select value ->> 0 as _aid, value ->> 1 as _rid, value ->> 2 as _at from json_each(${triples})) as v
    cross join ${t} on ${onRow}`;
}
