import type { Kysely } from 'kysely';
import type { AuditAction } from '../../shared/audit/actions';
import type { DB } from '../db/schema';
import { newAuditId } from './audit-ids';

/** One line of the audit log: a record change (`create`, `update`, `delete`) or an administrative act. */
export type AuditEntry = {
  associationId: string;
  /** Null for the server's own jobs (retention). */
  actorId: string | null;
  /** `create`, `update`, `delete` for record changes; `<subject>.<act>` for administrative acts (`person.invite`). */
  action: AuditAction;
  tableName: string | null;
  rowId: string | null;
  /** Values before and after, as plain JSON values; omitted fields are not stored. */
  before?: unknown;
  after?: unknown;
  at: Date;
};

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

/**
 * Appends entries in the caller's transaction, so a change that rolls back leaves no audit row and an
 * audit row never outlives its change. Pass the transaction, never the database handle.
 */
export async function writeAudit(trx: Kysely<DB>, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await trx
    .insertInto('auditLog')
    .values(
      entries.map((e) => ({
        // The same maker as a push's audit rows: rows of one millisecond keep the order they were written in.
        id: newAuditId(),
        associationId: e.associationId,
        at: e.at.toISOString(),
        actorId: e.actorId,
        action: e.action,
        tableName: e.tableName,
        rowId: e.rowId,
        before: json(e.before),
        after: json(e.after),
      })),
    )
    .execute();
}
