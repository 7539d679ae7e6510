import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/**
 * Reserves `count` revisions for the association and returns the first. The UPDATE locks the
 * counter row until commit, so on PostgreSQL a later writer waits and revisions follow commit order.
 */
export async function reserveRevs(trx: Kysely<DB>, associationId: string, count = 1): Promise<number> {
  const row = await trx
    .updateTable('syncState')
    .set((eb) => ({ rev: eb('rev', '+', count) }))
    .where('associationId', '=', associationId)
    .returning('rev')
    .executeTakeFirstOrThrow();
  return Number(row.rev) - count + 1;
}
