import type { Kysely } from 'kysely';
import { type MutationResult, RENEW_CLIENT_CODES } from '../../shared/sync/protocol';
import type { DB } from '../db/schema';

const [alreadyProcessed, outOfOrder, idReused] = RENEW_CLIENT_CODES;

/**
 * The answer to a mutation id at or below the client's last applied one. A replay gets the stored
 * answer. Anything else means the device's numbering and the server's disagree (a restored or copied
 * device database): it is refused with a code on which the device sends it again as a new client, and
 * never skipped silently.
 */
export async function replayOf(
  trx: Kysely<DB>,
  clientId: string,
  mutationId: number,
  fingerprint: string,
  keptFrom: number,
): Promise<MutationResult> {
  const stored = await trx
    .selectFrom('syncMutations')
    .select(['result', 'fingerprint'])
    .where('clientId', '=', clientId)
    .where('mutationId', '=', mutationId)
    .executeTakeFirst();
  if (stored && stored.fingerprint !== null && stored.fingerprint !== fingerprint) {
    return {
      mutationId,
      status: 'rejected',
      code: idReused,
      message: `Mutation id ${mutationId} was used before for another change`,
    };
  }
  if (stored) return JSON.parse(stored.result) as MutationResult;
  // Below keptFrom the device had moved past this id; its answer is gone.
  if (mutationId < keptFrom)
    return {
      mutationId,
      status: 'rejected',
      code: alreadyProcessed,
      message: 'Processed before; result no longer kept',
    };
  // Every applied id from keptFrom on has its answer stored: this one was never applied.
  return {
    mutationId,
    status: 'rejected',
    code: outOfOrder,
    message: `Mutation ${mutationId} arrived after a later one of this device`,
  };
}
