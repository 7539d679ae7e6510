import type { Mutation, MutationResult } from '../../shared/sync/protocol';

/** One answer the server gave to one mutation, as it left the server (before any network fault). */
export type LedgerEntry = { device: string; clientId: string; mutation: Mutation; result: MutationResult };
/** A row as the server holds it at the end of a run, tombstones included. */
export type FinalRow = { row: Record<string, unknown>; deleted: boolean };
type Table = 'timeEntries' | 'assignments';

// A replay may find the stored answer gone (pruned) or refuse an id it cannot match: it applied nothing then.
const REPLAY_REFUSALS = ['already_processed', 'mutation_out_of_order', 'mutation_id_reused'];
const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
const acked = (r: MutationResult): boolean => r.status === 'applied' || r.status === 'merged';
export const rowKey = (table: Table, id: string): string => `${table}:${id}`;
const keyOf = (m: Mutation): string =>
  rowKey(m.name.startsWith('timeEntry.') ? 'timeEntries' : 'assignments', m.args.id);

/** The fields a create or update asks for; a delete changes none (it is checked on its own). */
function changedFields(m: Mutation): string[] {
  if (m.name === 'timeEntry.delete') return [];
  if (!('changes' in m.args)) return Object.keys(m.args);
  return Object.entries(m.args.changes).flatMap(([k, v]) => (v === undefined ? [] : [k]));
}
function wanted(m: Mutation, field: string): unknown {
  const source: Record<string, unknown> =
    m.name === 'timeEntry.delete' ? {} : 'changes' in m.args ? m.args.changes : m.args;
  return source[field];
}

/**
 * Every answer the server gave in a run, per client and mutation. An answer that arrives again (a
 * duplicated request, a resend after a lost reply) must be the stored one, never a second application.
 */
export class Ledger {
  readonly entries = new Map<string, LedgerEntry>();
  readonly problems: string[] = [];

  record(device: string, clientId: string, mutations: Mutation[], results: MutationResult[]): void {
    const sent = new Map(mutations.map((m) => [m.id, m]));
    for (const result of results) {
      const mutation = sent.get(result.mutationId);
      if (!mutation) {
        this.problems.push(`${device}: answer for mutation ${result.mutationId} that was not sent`);
        continue;
      }
      const key = `${clientId}:${result.mutationId}`;
      const first = this.entries.get(key);
      if (!first) this.entries.set(key, { device, clientId, mutation, result });
      else if (
        !same(first.result, result) &&
        !(result.status === 'rejected' && REPLAY_REFUSALS.includes(result.code ?? ''))
      ) {
        this.problems.push(
          `${device}: mutation ${key} answered ${JSON.stringify(first.result)} first ` +
            `and ${JSON.stringify(result)} on replay`,
        );
      }
    }
  }

  /** Acknowledged answers per row, and the rows an acknowledged delete removed. */
  private index() {
    const writes = new Map<string, LedgerEntry[]>();
    const deletes = new Set<string>();
    for (const e of this.entries.values()) {
      if (!acked(e.result)) continue;
      const key = keyOf(e.mutation);
      if (e.mutation.name === 'timeEntry.delete') {
        if (e.result.status === 'applied') deletes.add(key);
      } else writes.set(key, [...(writes.get(key) ?? []), e]);
    }
    return { writes, deletes };
  }

  /**
   * What the final server state must show of the answers: each field an acknowledged create or update
   * set keeps the answered value unless a later acknowledged write (higher rev: revisions follow commit
   * order) set that field again, or an acknowledged delete removed the row; nothing else removes or
   * reverts a row, and no entry exists without an acknowledged create.
   */
  violations(finals: Map<string, FinalRow>): string[] {
    const out = [...this.problems];
    const { writes, deletes } = this.index();
    const revOf = (e: LedgerEntry): number => Number(e.result.row?.rev ?? -1);
    for (const [key, list] of writes) {
      const final = finals.get(key);
      for (const e of list) {
        const what =
          `${e.device} ${e.mutation.name} #${e.mutation.id} ${JSON.stringify(e.mutation.args)} ` +
          `answered ${e.result.status} rev ${revOf(e)}`;
        const answer = e.result.row as Record<string, unknown> | null | undefined;
        if (!answer) {
          out.push(`${what} without a row`);
          continue;
        }
        const fields = changedFields(e.mutation);
        for (const f of fields)
          if (!same(answer[f], wanted(e.mutation, f)))
            out.push(`${what}: the answer has ${f}=${JSON.stringify(answer[f])}`);
        if (!final) {
          out.push(`${what}, but the server has no such row`);
          continue;
        }
        if (Number(final.row.rev) < revOf(e))
          out.push(`${what}, but the server row went back to rev ${String(final.row.rev)}`);
        if (final.deleted) continue; // checked below: a tombstone needs an acknowledged delete
        for (const f of fields) {
          if (same(final.row[f], answer[f])) continue;
          const later = list.some((o) => o !== e && revOf(o) > revOf(e) && changedFields(o.mutation).includes(f));
          if (!later)
            out.push(
              `${what}: ${f}=${JSON.stringify(answer[f])} lost, ` +
                `the server has ${JSON.stringify(final.row[f])} at rev ${String(final.row.rev)}`,
            );
        }
      }
    }
    for (const key of deletes)
      if (finals.get(key)?.deleted === false) out.push(`${key}: delete answered applied, but the row is still there`);
    for (const [key, final] of finals) {
      if (final.deleted && !deletes.has(key)) out.push(`${key} deleted on the server without an acknowledged delete`);
      const created = (writes.get(key) ?? []).some((e) => e.mutation.name === 'timeEntry.create');
      if (key.startsWith('timeEntries:') && !created)
        out.push(`${key} exists on the server without an acknowledged create`);
    }
    return out;
  }

  /** How many answers acknowledged a change, to show a run checked something. */
  ackedCount(): number {
    return [...this.entries.values()].filter((e) => acked(e.result)).length;
  }
}
