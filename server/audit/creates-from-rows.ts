import { type Kysely, sql } from 'kysely';
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
 * columns have names no record's column has, since the row's JSON names its columns unqualified. On SQLite
 * the CROSS JOIN keeps the list the outer loop, so each row is found by its key (else it scans the table).
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
  const json = rowJson(dialect, fields);
  const t = sql.table(table);
  const onRow = sql`${sql.ref(`${table}.associationId`)} = ${associationId} and ${sql.ref(`${table}.id`)} = v._rid`;
  const columns = sql`(id, association_id, at, actor_id, action, table_name, row_id, before, after)`;
  if (dialect === 'postgres') {
    const [ids, rows, ats] = [creates.map((c) => c.auditId), creates.map((c) => c.rowId), creates.map((c) => c.at)];
    await sql`insert into audit_log ${columns}
      select v._aid, ${associationId}, v._at, ${actorId}, 'create', ${table}, v._rid, null, ${json}
      from unnest(${ids}::text[], ${rows}::text[], ${ats}::text[]) as v(_aid, _rid, _at)
      join ${t} on ${onRow}`.execute(trx);
    return;
  }
  const triples = JSON.stringify(creates.map((c) => [c.auditId, c.rowId, c.at]));
  await sql`insert into audit_log ${columns}
    select v._aid, ${associationId}, v._at, ${actorId}, 'create', ${table}, v._rid, null, ${json}
    from (select value ->> 0 as _aid, value ->> 1 as _rid, value ->> 2 as _at from json_each(${triples})) as v
    cross join ${t} on ${onRow}`.execute(trx);
}
