import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** A JSON value of an audit row's `before` or `after`, as it was parsed from the stored text. */
export type AuditJson = unknown;

/**
 * The one change the append-only audit log allows (migration 011): erasing a person who left rewrites
 * the `before` and `after` values that may name them, with `replace` (for instance a name and an e-mail
 * swapped for a pseudonym), and stamps `redacted_at`. Who, when, what, table and row stay as written;
 * the database refuses anything more. Call it in the erasure's own transaction.
 *
 * Rows looked at: those the person acted in or that concern their own record (`actor_id` or `row_id` is
 * the person), and those whose values contain one of `terms` (their name and e-mail, say). Returns the
 * number of rows rewritten; a row `replace` leaves as it was is not touched.
 */
export async function redactAudit(
  trx: Kysely<DB>,
  associationId: string,
  personId: string,
  replace: (value: AuditJson) => AuditJson,
  at: Date,
  terms: readonly string[] = [],
): Promise<number> {
  const rows = await trx
    .selectFrom('auditLog')
    .select(['id', 'before', 'after', 'redactedAt'])
    .where('associationId', '=', associationId)
    .where((eb) =>
      eb.or([
        eb('actorId', '=', personId),
        eb('rowId', '=', personId),
        // A % or _ in a term widens the match; harmless, as `replace` decides what changes.
        ...terms.flatMap((term) => [eb('before', 'like', `%${term}%`), eb('after', 'like', `%${term}%`)]),
      ]),
    )
    .execute();
  const stamp = at.toISOString();
  let count = 0;
  for (const row of rows) {
    const before = rewritten(row.before, replace);
    const after = rewritten(row.after, replace);
    if (before === row.before && after === row.after) continue;
    // A redaction must move redacted_at forward (the trigger's rule); a second one in the same
    // millisecond as the last is one step later.
    const redactedAt = row.redactedAt !== null && row.redactedAt >= stamp ? later(row.redactedAt) : stamp;
    await trx.updateTable('auditLog').set({ before, after, redactedAt }).where('id', '=', row.id).execute();
    count++;
  }
  return count;
}

/** The stored JSON text after `replace`, the same string when nothing changed. */
function rewritten(text: string | null, replace: (value: AuditJson) => AuditJson): string | null {
  if (text === null) return null;
  const next = JSON.stringify(replace(JSON.parse(text)));
  return next === text ? text : next;
}

const later = (iso: string) => new Date(new Date(iso).getTime() + 1).toISOString();
