import { type Kysely, sql } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import { AppError } from '../../shared/errors/errors';
import { type Mutation, type MutationResult, PROTOCOL_VERSION, type PushRequest, type PushResponse } from '../../shared/sync/protocol';
import { updateAssignment } from '../assignments/mutators';
import type { DB } from '../db/schema';
import { createTimeEntry, deleteTimeEntry, updateTimeEntry } from '../time-entries/mutators';
import { type MutationContext, type Outcome, Rejection, revAllocator } from './mutation-context';

function run(ctx: MutationContext, m: Mutation): Promise<Outcome> {
  switch (m.name) {
    case 'timeEntry.create':
      return createTimeEntry(ctx, m.args);
    case 'timeEntry.update':
      return updateTimeEntry(ctx, m.args);
    case 'timeEntry.delete':
      return deleteTimeEntry(ctx, m.args);
    case 'assignment.update':
      return updateAssignment(ctx, m.args);
  }
}

/**
 * Claims the client row for this mutation. The UPDATE locks it (PostgreSQL) so duplicated
 * requests of one client run one after the other; returns the last mutation id applied.
 */
async function claimClient(trx: Kysely<DB>, clientId: string, now: Date): Promise<number> {
  const row = await trx.updateTable('syncClients').set({ lastSeenAt: now.toISOString() }).where('clientId', '=', clientId).returning('lastMutationId').executeTakeFirstOrThrow();
  return Number(row.lastMutationId);
}

/** Stores the answers of a chunk (for replays) and the client's last applied mutation, in the chunk's transaction. */
async function record(trx: Kysely<DB>, clientId: string, results: MutationResult[], now: Date): Promise<void> {
  if (results.length === 0) return;
  const rows = results.map((r) => ({ clientId, mutationId: r.mutationId, result: JSON.stringify(r), createdAt: now.toISOString() }));
  await trx.insertInto('syncMutations').values(rows).onConflict((oc) => oc.doNothing()).execute();
  const last = Math.max(...results.map((r) => r.mutationId));
  await trx.updateTable('syncClients').set({ lastMutationId: last }).where('clientId', '=', clientId).where('lastMutationId', '<', last).execute();
}

async function ensureClient(db: Kysely<DB>, user: SessionUser, clientId: string, now: Date): Promise<void> {
  const stamp = now.toISOString();
  await db
    .insertInto('syncClients')
    .values({ clientId, personId: user.id, associationId: user.associationId, lastMutationId: 0, createdAt: stamp, lastSeenAt: stamp })
    .onConflict((oc) => oc.column('clientId').doNothing())
    .execute();
  const owner = await db.selectFrom('syncClients').select('personId').where('clientId', '=', clientId).executeTakeFirstOrThrow();
  if (owner.personId !== user.id) throw new AppError('forbidden', 'This client id belongs to another person');
}

/** Mutations per database transaction: large enough to amortize commits, small enough to keep the tenant's counter lock short. */
const CHUNK = 100;

/**
 * Applies each mutation exactly once and answers every one of them. A chunk shares one
 * transaction; each mutation runs under a savepoint so a rejected one leaves no trace but its answer.
 */
export async function push(db: Kysely<DB>, user: SessionUser, request: PushRequest, clock: () => Date): Promise<PushResponse & { changed: boolean }> {
  await ensureClient(db, user, request.clientId, clock());
  const results: MutationResult[] = [];
  let changed = false;
  for (let i = 0; i < request.mutations.length; i += CHUNK) {
    const chunk = request.mutations.slice(i, i + CHUNK);
    const answered = await db.transaction().execute(async (trx) => {
      const out: MutationResult[] = [];
      const fresh = new Map<number, MutationResult>();
      let last = await claimClient(trx, request.clientId, clock());
      const nextRev = revAllocator(trx, user.associationId, chunk.length);
      const known = new Set<string>();
      for (const m of chunk) {
        const now = clock();
        const again = fresh.get(m.id);
        if (again) {
          out.push(again);
          continue;
        }
        if (m.id <= last) {
          const stored = await trx.selectFrom('syncMutations').select('result').where('clientId', '=', request.clientId).where('mutationId', '=', m.id).executeTakeFirst();
          out.push(stored ? (JSON.parse(stored.result) as MutationResult) : { mutationId: m.id, status: 'rejected', code: 'already_processed', message: 'Processed before; result no longer kept' });
          continue;
        }
        let result: MutationResult;
        await sql`savepoint mutation`.execute(trx);
        try {
          result = { mutationId: m.id, ...(await run({ trx, user, now, nextRev, known }, m)) };
          await sql`release savepoint mutation`.execute(trx);
          changed ||= result.status === 'applied' || result.status === 'merged';
        } catch (err) {
          if (!(err instanceof Rejection)) throw err;
          await sql`rollback to savepoint mutation`.execute(trx);
          await sql`release savepoint mutation`.execute(trx);
          result = { mutationId: m.id, status: 'rejected', code: err.code, message: err.message, row: err.row };
        }
        fresh.set(m.id, result);
        last = m.id;
        out.push(result);
      }
      await record(trx, request.clientId, [...fresh.values()], clock());
      return out;
    });
    results.push(...answered);
  }
  return { type: 'push-result', protocol: PROTOCOL_VERSION, results, serverTime: clock().toISOString(), changed };
}
