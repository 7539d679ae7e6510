import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import { AppError } from '../../shared/errors/errors';
import type { MutationResult } from '../../shared/sync/protocol';
import { insertMany } from '../db/bulk-insert';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';
import { chunksOf } from './sql-chunks';

export type ClientState = { last: number; keptFrom: number };

/**
 * Claims the client row for this push (the UPDATE locks it on PostgreSQL, so duplicated requests of
 * one client run one after the other). A device sends its outbox oldest first, so a request starting at
 * id F shows it holds no unanswered mutation below F: those answers are dropped, and ids below F are
 * from then on answered `already_processed` (see replay.ts).
 */
export async function claimClient(trx: Kysely<DB>, clientId: string, now: Date, firstId: number): Promise<ClientState> {
  const row = await trx
    .updateTable('syncClients')
    .set({ lastSeenAt: now.toISOString() })
    .where('clientId', '=', clientId)
    .returning(['lastMutationId', 'keptFrom'])
    .executeTakeFirst();
  // Forgotten as idle (idle-clients.ts) between ensureClient and here: the device's next try starts it anew.
  if (!row) throw new AppError('conflict', 'This device was just forgotten as idle; send again');
  const state = { last: Number(row.lastMutationId), keptFrom: Number(row.keptFrom) };
  // Never past what was applied: ids above the last applied one were never answered.
  const keepFrom = Math.min(firstId, state.last + 1);
  if (keepFrom > state.keptFrom) {
    await trx.deleteFrom('syncMutations').where('clientId', '=', clientId).where('mutationId', '<', keepFrom).execute();
    await trx.updateTable('syncClients').set({ keptFrom: keepFrom }).where('clientId', '=', clientId).execute();
    state.keptFrom = keepFrom;
  }
  return state;
}

/** Stores the answers of a push (for replays) and the client's last applied mutation, in the push's transaction. */
export async function recordAnswers(
  trx: Kysely<DB>,
  clientId: string,
  answered: { result: MutationResult; json: string; fingerprint: string }[],
  now: Date,
  dialect: Dialect,
  maxParams: number,
): Promise<void> {
  if (answered.length === 0) return;
  const stamp = now.toISOString();
  const rows = answered.map(({ result, json, fingerprint }) => ({
    clientId,
    mutationId: result.mutationId,
    // The answer's JSON as the reply carries it (push.ts), so it is serialised once.
    result: json,
    fingerprint,
    createdAt: stamp,
  }));
  const columns = Object.keys(rows[0]!);
  for (const part of chunksOf(rows, columns.length, maxParams))
    await trx.executeQuery(insertMany(dialect, 'syncMutations', columns, part));
  const last = answered[answered.length - 1]!.result.mutationId;
  await trx.updateTable('syncClients').set({ lastMutationId: last }).where('clientId', '=', clientId).execute();
}

export async function ensureClient(db: Kysely<DB>, user: SessionUser, clientId: string, now: Date): Promise<void> {
  const stamp = now.toISOString();
  await db
    .insertInto('syncClients')
    .values({
      clientId,
      personId: user.id,
      associationId: user.associationId,
      lastMutationId: 0,
      createdAt: stamp,
      lastSeenAt: stamp,
    })
    .onConflict((oc) => oc.column('clientId').doNothing())
    .execute();
  const owner = await db
    .selectFrom('syncClients')
    .select('personId')
    .where('clientId', '=', clientId)
    .executeTakeFirstOrThrow();
  if (owner.personId !== user.id) throw new AppError('forbidden', 'This client id belongs to another person');
}
