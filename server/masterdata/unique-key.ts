import { sql } from 'kysely';
import type { Issue } from '../../shared/errors/errors';
import type { SyncTable } from '../../shared/sync/protocol';
import type { MutationContext } from '../sync/mutation-context';

/** A natural key people type and pick by (a service type's code): one live row per association has it. */
export type UniqueKey = { table: SyncTable; column: string; label: string };

const norm = (v: unknown) =>
  String(v ?? '')
    .trim()
    .toLowerCase();

/**
 * Whether another live row of the association holds `value` in `key.column` (ignoring case and outer
 * spaces), as the push sees it: rows this push wrote count with their new value. Pushes hold the
 * association's write lock, so two pushes creating the same key run one after the other and the second
 * sees the first's row; no unique index is needed (the push writes its rows only at its end).
 */
export async function keyTaken(ctx: MutationContext, key: UniqueKey, id: string, value: string): Promise<Issue | null> {
  const wanted = norm(value);
  const clash = (row: Readonly<Record<string, unknown>>) =>
    String(row.id) !== id && Number(row.deleted) === 0 && norm(row[key.column]) === wanted;
  let taken = ctx.rows.writes().rows.some((w) => w.table === key.table && clash(w.row));
  if (!taken) {
    // Tables differ, the filter does not: Kysely cannot follow a table chosen at run time.
    const found = (await ctx.trx
      .selectFrom(key.table as 'serviceTypes')
      .select('id')
      .where('associationId', '=', ctx.user.associationId)
      .where('deleted', '=', 0)
      .where('id', '!=', id)
      .where(sql<string>`lower(trim(${sql.ref(key.column)}))`, '=', wanted)
      .execute()) as { id: string }[];
    // A row this push changed counts with its new value (renamed or deleted a moment ago).
    taken = found.some((r) => {
      const now = ctx.rows.peek(key.table, r.id);
      return now === undefined || (now !== null && clash(now));
    });
  }
  return taken
    ? { path: key.column, code: `${key.column}_taken`, message: `Another ${key.label} has this ${key.column} already` }
    : null;
}
