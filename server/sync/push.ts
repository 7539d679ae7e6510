import { hash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import { SyncAudit } from '../audit/sync-audit';
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
import { claimClient, ensureClient, recordAnswers } from './client-state';
import { type MutationContext, type Outcome, Rejection, revAllocator } from './mutation-context';
import { prefetch } from './prefetch';
import { serverRecords } from './registry';
import { type StoredAnswer, replayOf, storedAnswers } from './replay';
import { flushRows } from './row-flush';
import { RowStore } from './row-store';
import { MAX_PARAMS } from './sql-chunks';
import { tenantWriteTransaction } from './write-path';

type AnyMutator = (ctx: MutationContext, args: Mutation['args']) => Promise<Outcome>;

/** The registered mutator of a mutation; every name the protocol accepts has one (registry.ts). */
function run(ctx: MutationContext, m: Mutation): Promise<Outcome> {
  const mutators = serverRecords[tableOfMutation.get(m.name)!].mutators as Record<string, AnyMutator>;
  return mutators[m.name]!(ctx, m.args);
}

/** What a mutation says, so a replay can be told from an id used again for something else. */
const fingerprintOf = (m: Mutation): string => hash('sha256', JSON.stringify([m.name, m.args]), 'base64url');

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
 * Decides one mutation against the push's rows; a rejected one leaves nothing behind but its answer.
 * What an accepted one changed goes to the audit log (a conflict changes nothing, so it logs nothing).
 */
async function decide(ctx: MutationContext, m: Mutation, audit: SyncAudit | null): Promise<MutationResult> {
  ctx.rows.begin();
  try {
    const outcome = await run(ctx, m);
    audit?.add(ctx.rows.changes(), ctx.now);
    return { mutationId: m.id, ...outcome };
  } catch (err) {
    if (!(err instanceof Rejection)) throw err;
    ctx.rows.rollback();
    const rejected: MutationResult = {
      mutationId: m.id,
      status: 'rejected',
      code: err.code,
      message: err.message,
      row: err.row,
    };
    // The fields at fault, so the device can show the refusal at the field (shared/errors), and the
    // form that sent it can mark them.
    if (err.details?.length) {
      rejected.details = err.details;
      rejected.fields = [...new Set(err.details.map((d) => d.path))];
    }
    return rejected;
  }
}

/**
 * Applies each mutation exactly once and answers every one of them, in one transaction that holds the
 * association's write lock from its first statement (write-path.ts). The statements do not grow with
 * the number of mutations: the rows the mutations change and refer to are read in batches, each
 * mutation is decided in memory in order (a later one sees an earlier one's effect, a rejected one
 * leaves no trace), and the outcome is written with multi-row statements (row-flush.ts).
 */
export async function push(
  db: Kysely<DB>,
  dialect: Dialect,
  user: SessionUser,
  request: PushRequest,
  clock: () => Date,
  // Tests make it small to reach the chunking that MAX_PUSH_MUTATIONS keeps real pushes below.
  maxParams = MAX_PARAMS[dialect],
  // Off only in the benchmark that measures what the audit log costs (Deps.auditSyncChanges).
  options: { audit?: boolean } = {},
): Promise<PushResponse & { changed: boolean; resultsJson: string[] }> {
  const { mutations, clientId } = request;
  assertAscending(mutations);
  await ensureClient(db, user, clientId, clock());
  const decided = await tenantWriteTransaction(db, dialect, user.associationId, async (trx) => {
    const client = await claimClient(trx, clientId, clock(), mutations[0]!.id);
    // Ids ascend: those the device sent before come first, then the new ones.
    const split = mutations.findIndex((m) => m.id > client.last);
    const seen = split === -1 ? mutations : mutations.slice(0, split);
    const fresh = split === -1 ? [] : mutations.slice(split);
    const stored: Map<number, StoredAnswer> =
      seen.length > 0
        ? await storedAnswers(
            trx,
            clientId,
            seen.map((m) => m.id),
            maxParams,
          )
        : new Map();
    const out = seen.map((m) => replayOf(stored.get(m.id), m.id, fingerprintOf(m), client.keptFrom));
    // Each answer's JSON, made once: it is stored for replays and is the answer's part of the reply.
    const outJson = out.map((r) => JSON.stringify(r));

    const rows = new RowStore(trx, user.associationId, maxParams);
    await prefetch(rows, fresh);
    const nextRev = revAllocator(trx, user.associationId, fresh.length);
    const audit = options.audit === false ? null : new SyncAudit(user.associationId, user.id);
    const answered: { result: MutationResult; json: string; fingerprint: string }[] = [];
    let changed = false;
    for (const m of fresh) {
      const result = await decide({ trx, user, now: clock(), nextRev, rows }, m, audit);
      changed ||= result.status === 'applied' || result.status === 'merged';
      const json = JSON.stringify(result);
      answered.push({ result, json, fingerprint: fingerprintOf(m) });
      out.push(result);
      outJson.push(json);
    }
    await flushRows(trx, dialect, rows.writes(), maxParams);
    await audit?.flush(trx, dialect, maxParams);
    await recordAnswers(trx, clientId, answered, clock(), dialect, maxParams);
    return { results: out, resultsJson: outJson, changed };
  });
  const { results, resultsJson, changed } = decided;
  const serverTime = clock().toISOString();
  return { type: 'push-result', protocol: PROTOCOL_VERSION, results, serverTime, changed, resultsJson };
}

/**
 * The reply to a push as JSON text, from each answer's JSON as push() made it: the same text as
 * JSON.stringify of the response without serialising every answer a second time.
 */
export function pushResponseJson(response: Omit<PushResponse, 'results'>, resultsJson: readonly string[]): string {
  const [type, time] = [JSON.stringify(response.type), JSON.stringify(response.serverTime)];
  return `{"type":${type},"protocol":${response.protocol},"results":[${resultsJson.join(',')}],"serverTime":${time}}`;
}
