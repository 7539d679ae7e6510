import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/**
 * Devices not heard from for this long are forgotten with their stored answers, so sync_clients and
 * sync_mutations do not grow forever with phones that were reset or thrown away. A device that does
 * come back after that is a new client to the server: its queued changes are applied as new ones.
 */
export const IDLE_CLIENT_DAYS = 180;

/** Forgets devices idle for longer than `days`; returns how many. */
export async function forgetIdleClients(db: Kysely<DB>, now: Date, days = IDLE_CLIENT_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  return db.transaction().execute(async (trx) => {
    const idle = trx.selectFrom('syncClients').select('clientId').where('lastSeenAt', '<', cutoff);
    await trx.deleteFrom('syncMutations').where('clientId', 'in', idle).execute();
    const gone = await trx.deleteFrom('syncClients').where('lastSeenAt', '<', cutoff).executeTakeFirst();
    return Number(gone.numDeletedRows);
  });
}
