import type { SyncTable } from '../../shared/sync/protocol';
import type { MutationContext } from '../sync/mutation-context';

type Referrer = { table: SyncTable | 'rotationStations'; column: string };

// Enough rows to tell "in use" even when this push changed some of them; more would only cost time.
const PROBE = 100;

/**
 * Whether a live row of `table` refers to `id` through `column`, as the push sees it: rows this push
 * wrote count as written (a site created a moment ago in the same push), the database's rows unless
 * this push moved or deleted them.
 */
async function referred(ctx: MutationContext, { table, column }: Referrer, id: string): Promise<boolean> {
  if (table !== 'rotationStations') {
    for (const w of ctx.rows.writes().rows)
      if (w.table === table && w.row[column] === id && Number(w.row.deleted) === 0) return true;
  }
  // Tables differ, the filter does not: Kysely cannot follow a table chosen at run time.
  const found = (await ctx.trx
    .selectFrom(table as 'sites')
    .select('id')
    .where('associationId', '=', ctx.user.associationId)
    .where(column as 'municipalityId', '=', id)
    .where('deleted', '=', 0)
    .limit(PROBE)
    .execute()) as { id: string }[];
  if (table === 'rotationStations') return found.length > 0;
  // Rows the push read may have changed meanwhile; a full probe of changed rows counts as in use.
  if (found.length === PROBE) return true;
  return found.some((r) => {
    const now = ctx.rows.peek(table, r.id);
    return now === undefined || (now !== null && Number(now.deleted) === 0 && now[column] === id);
  });
}

/** The first kind of row that still refers to `id`, or null when nothing does. */
export async function firstReferrer(
  ctx: MutationContext,
  referrers: readonly Referrer[],
  id: string,
): Promise<Referrer['table'] | null> {
  for (const r of referrers) if (await referred(ctx, r, id)) return r.table;
  return null;
}
