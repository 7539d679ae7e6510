import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import { SyncAudit } from '../audit/sync-audit';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';
import { type MutationContext, revAllocator } from './mutation-context';
import { flushRows } from './row-flush';
import { RowStore } from './row-store';
import { MAX_PARAMS } from './sql-chunks';
import { tenantWriteTransaction } from './write-path';

/**
 * Runs an online action (a claim, a publication) as a push would run one mutation: under the association's
 * write lock, through the row store, so revisions, revocations and the audit log behave alike. Anything
 * `work` throws rolls the whole transaction back.
 */
export async function onlineWrite<T>(
  db: Kysely<DB>,
  dialect: Dialect,
  user: SessionUser,
  now: Date,
  work: (ctx: MutationContext) => Promise<T>,
): Promise<T> {
  const maxParams = MAX_PARAMS[dialect];
  return tenantWriteTransaction(db, dialect, user.associationId, async (trx) => {
    const rows = new RowStore(trx, user.associationId, maxParams);
    const ctx: MutationContext = { trx, user, now, nextRev: revAllocator(trx, user.associationId, 4), rows };
    rows.begin();
    const result = await work(ctx);
    const audit = new SyncAudit(user.associationId, user.id);
    audit.add(rows.changes(), now);
    await flushRows(trx, dialect, rows.writes(), maxParams);
    await audit.flush(trx, dialect, maxParams);
    return result;
  });
}
