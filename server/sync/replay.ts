import type { Kysely } from 'kysely';
import { type MutationResult, RENEW_CLIENT_CODES } from '../../shared/sync/protocol';
import type { DB } from '../db/schema';
import { chunksOf } from './sql-chunks';

const [alreadyProcessed, outOfOrder, idReused] = RENEW_CLIENT_CODES;

export type StoredAnswer = { result: string; fingerprint: string | null };

/** The stored answers of these mutation ids of a client, one statement per parameter chunk. */
export async function storedAnswers(
  trx: Kysely<DB>,
  clientId: string,
  mutationIds: readonly number[],
  maxParams: number,
): Promise<Map<number, StoredAnswer>> {
  const out = new Map<number, StoredAnswer>();
  for (const part of chunksOf(mutationIds, 1, maxParams, 1)) {
    const rows = await trx
      .selectFrom('syncMutations')
      .select(['mutationId', 'result', 'fingerprint'])
      .where('clientId', '=', clientId)
      .where('mutationId', 'in', part)
      .execute();
    for (const r of rows) out.set(Number(r.mutationId), r);
  }
  return out;
}

/**
 * The answer to a mutation id at or below the client's last applied one. A replay gets the stored
 * answer. Anything else means the device's numbering and the server's disagree (a restored or copied
 * device database): it is refused with a code on which the device sends it again as a new client, and
 * never skipped silently.
 */
export function replayOf(
  stored: StoredAnswer | undefined,
  mutationId: number,
  fingerprint: string,
  keptFrom: number,
): MutationResult {
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
