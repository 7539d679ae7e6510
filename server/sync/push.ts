import { hash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import { AppError } from '../../shared/errors/errors';
import {
  type Mutation,
  type MutationResult,
  PROTOCOL_VERSION,
  type PushRequest,
  type PushResponse,
  tableOfMutation,
} from '../../shared/sync/protocol';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';
import { type MutationContext, type Outcome, Rejection, revAllocator } from './mutation-context';
import { serverRecords } from './registry';
import { replayOf } from './replay';
import { tenantWriteTransaction } from './write-path';

type AnyMutator = (ctx: MutationContext, args: Mutation['args']) => Promise<Outcome>;

/** The registered mutator of a mutation; every name the protocol accepts has one (registry.ts). */
function run(ctx: MutationContext, m: Mutation): Promise<Outcome> {
  const mutators = serverRecords[tableOfMutation.get(m.name)!].mutators as Record<string, AnyMutator>;
  return mutators[m.name]!(ctx, m.args);
}

/** What a mutation says, so a replay can be told from an id used again for something else. */
const fingerprintOf = (m: Mutation): string => hash('sha256', JSON.stringify([m.name, m.args]), 'base64url');

type ClientState = { last: number; keptFrom: number };

/**
 * Claims the client row for this chunk (the UPDATE locks it on PostgreSQL, so duplicated requests of
 * one client run one after the other). A device sends its outbox oldest first, so a request starting at
 * id F shows it holds no unanswered mutation below F: those answers are dropped, and ids below F are
 * from then on answered `already_processed` (see replay.ts).
 */
async function claimClient(trx: Kysely<DB>, clientId: string, now: Date, firstId: number | null): Promise<ClientState> {
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
  const keepFrom = firstId === null ? state.keptFrom : Math.min(firstId, state.last + 1);
  if (keepFrom > state.keptFrom) {
    await trx.deleteFrom('syncMutations').where('clientId', '=', clientId).where('mutationId', '<', keepFrom).execute();
    await trx.updateTable('syncClients').set({ keptFrom: keepFrom }).where('clientId', '=', clientId).execute();
    state.keptFrom = keepFrom;
  }
  return state;
}

/** Stores the answers of a chunk (for replays) and the client's last applied mutation, in the chunk's transaction. */
async function record(
  trx: Kysely<DB>,
  clientId: string,
  answered: { result: MutationResult; fingerprint: string }[],
  now: Date,
): Promise<void> {
  if (answered.length === 0) return;
  const stamp = now.toISOString();
  const rows = answered.map(({ result, fingerprint }) => ({
    clientId,
    mutationId: result.mutationId,
    result: JSON.stringify(result),
    fingerprint,
    createdAt: stamp,
  }));
  await trx.insertInto('syncMutations').values(rows).execute();
  const last = answered[answered.length - 1]!.result.mutationId;
  await trx.updateTable('syncClients').set({ lastMutationId: last }).where('clientId', '=', clientId).execute();
}

async function ensureClient(db: Kysely<DB>, user: SessionUser, clientId: string, now: Date): Promise<void> {
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

/** A device numbers its mutations in the order they happened; a batch that does not is malformed. */
function assertAscending(mutations: readonly Mutation[]): void {
  for (let i = 1; i < mutations.length; i++) {
    const [before, id] = [mutations[i - 1]!.id, mutations[i]!.id];
    if (id === before) throw new AppError('bad_request', `Mutation id ${id} appears twice in this push`);
    if (id < before)
      throw new AppError('bad_request', `Mutation ids must ascend within a push (${id} after ${before})`);
  }
}

/**
 * Mutations per database transaction: large enough to amortize
 * commits, small enough to keep the tenant's write lock short.
 */
const CHUNK = 100;

/**
 * Applies each mutation exactly once and answers every one of them. A chunk shares one transaction
 * that holds the association's write lock (write-path.ts); each mutation runs under a savepoint so a
 * rejected one leaves no trace but its answer.
 */
export async function push(
  db: Kysely<DB>,
  dialect: Dialect,
  user: SessionUser,
  request: PushRequest,
  clock: () => Date,
): Promise<PushResponse & { changed: boolean }> {
  assertAscending(request.mutations);
  await ensureClient(db, user, request.clientId, clock());
  const results: MutationResult[] = [];
  let changed = false;
  for (let i = 0; i < request.mutations.length; i += CHUNK) {
    const chunk = request.mutations.slice(i, i + CHUNK);
    const answered = await tenantWriteTransaction(db, dialect, user.associationId, async (trx) => {
      const out: MutationResult[] = [];
      const fresh: { result: MutationResult; fingerprint: string }[] = [];
      const client = await claimClient(trx, request.clientId, clock(), i === 0 ? chunk[0]!.id : null);
      const nextRev = revAllocator(trx, user.associationId, chunk.length);
      const known = new Set<string>();
      for (const m of chunk) {
        const fingerprint = fingerprintOf(m);
        if (m.id <= client.last) {
          out.push(await replayOf(trx, request.clientId, m.id, fingerprint, client.keptFrom));
          continue;
        }
        let result: MutationResult;
        await sql`savepoint mutation`.execute(trx);
        try {
          result = { mutationId: m.id, ...(await run({ trx, user, now: clock(), nextRev, known }, m)) };
          await sql`release savepoint mutation`.execute(trx);
          changed ||= result.status === 'applied' || result.status === 'merged';
        } catch (err) {
          if (!(err instanceof Rejection)) throw err;
          await sql`rollback to savepoint mutation`.execute(trx);
          await sql`release savepoint mutation`.execute(trx);
          result = { mutationId: m.id, status: 'rejected', code: err.code, message: err.message, row: err.row };
        }
        fresh.push({ result, fingerprint });
        out.push(result);
      }
      await record(trx, request.clientId, fresh, clock());
      return out;
    });
    results.push(...answered);
  }
  return { type: 'push-result', protocol: PROTOCOL_VERSION, results, serverTime: clock().toISOString(), changed };
}
