import type { Kysely } from 'kysely';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';

/**
 * Runs `work` in a transaction that holds the association's write lock from its first statement.
 * Every write of a synced row goes through here: a mutator loads the row it merges against, merges
 * and writes, and no other writer of the association can commit in between (on PostgreSQL a row
 * loaded before another transaction's commit would otherwise be written back over it: a lost update).
 * The lock is the counter row that revisions come from, so writers wait in the order their revisions
 * follow anyway; reads (pulls) never wait for it. SQLite runs one transaction at a time on its one
 * connection, which serialises writers already.
 */
export async function tenantWriteTransaction<T>(
  db: Kysely<DB>,
  dialect: Dialect,
  associationId: string,
  work: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    // A SELECT … FOR UPDATE, not an UPDATE: it takes the lock without touching the counter, so the
    // read caches that skip the database for "nothing new" pulls stay valid (server/db/cache/table-versions.ts).
    if (dialect === 'postgres')
      await trx.selectFrom('syncState').select('rev').where('associationId', '=', associationId).forUpdate().execute();
    return work(trx);
  });
}
