import type { Kysely } from 'kysely';
import type { AuditPage, AuditQuery, AuditRow } from '../../shared/audit/schema';
import { cursorOf } from '../../shared/audit/schema';
import { addDays, instantOf } from '../../shared/time/dates';
import type { DB } from '../db/schema';

const parsed = (text: string | null): Record<string, unknown> | null =>
  text === null ? null : (JSON.parse(text) as Record<string, unknown>);

/**
 * A page of one association's audit log, newest first, filtered as asked. Paged by (at, id), so a page
 * stays right while new rows arrive above it. Only `associationId`'s rows are ever read.
 */
export async function listAudit(
  db: Kysely<DB>,
  associationId: string,
  timeZone: string,
  q: AuditQuery,
): Promise<AuditPage> {
  let query = db.selectFrom('auditLog').selectAll().where('associationId', '=', associationId);
  if (q.actor) query = query.where('actorId', '=', q.actor);
  const person = q.person;
  if (person) query = query.where((eb) => eb.or([eb('actorId', '=', person), eb('rowId', '=', person)]));
  if (q.table) query = query.where('tableName', '=', q.table);
  if (q.rowId) query = query.where('rowId', '=', q.rowId);
  if (q.from) query = query.where('at', '>=', instantOf(timeZone, q.from, '00:00').toISOString());
  if (q.to) query = query.where('at', '<', instantOf(timeZone, addDays(q.to, 1), '00:00').toISOString());
  if (q.before) {
    const [at, id] = q.before.split('_') as [string, string];
    query = query.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]));
  }
  const found = await query
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit + 1)
    .execute();
  const rows: AuditRow[] = found.slice(0, q.limit).map((r) => ({
    id: r.id,
    at: r.at,
    actorId: r.actorId,
    action: r.action,
    table: r.tableName,
    rowId: r.rowId,
    before: parsed(r.before),
    after: parsed(r.after),
    redacted: r.redactedAt !== null,
  }));
  const last = rows.at(-1);
  return { rows, next: found.length > q.limit && last ? cursorOf(last) : null };
}
