import type { Assignment } from '../../shared/assignments/schema';
import type { MutationContext } from '../sync/mutation-context';
import { toAssignment } from './fields';

// Stored times may differ in precision ("…:00Z", "…:00.000Z"); a second either side makes the SQL
// window a superset, and the shared rules decide on instants.
const widen = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/**
 * The person's live, not cancelled assignments that meet [from, to), as this push sees them: the rows
 * committed before it (it runs after the association's write lock, write-path.ts, so a concurrent push
 * has either committed, and is read here, or waits for this one) and those it wrote itself, which are
 * only in its row store.
 */
export async function personBookings(
  ctx: MutationContext,
  personId: string,
  from: string,
  to: string,
): Promise<Assignment[]> {
  const found = await ctx.trx
    .selectFrom('assignments')
    .select('id')
    .where('associationId', '=', ctx.user.associationId)
    .where('personId', '=', personId)
    .where('deleted', '=', 0)
    .where('status', '!=', 'cancelled')
    .where('plannedStart', '<', widen(to, 1000))
    .where('plannedEnd', '>', widen(from, -1000))
    .execute();
  const ids = found.map((r) => r.id);
  await ctx.rows.load('assignments', ids);
  const candidates = new Map<string, Assignment>();
  for (const id of ids) {
    const row = ctx.rows.peek('assignments', id);
    if (row) candidates.set(id, toAssignment(row));
  }
  for (const w of ctx.rows.writes().rows)
    if (w.table === 'assignments') candidates.set(String(w.row.id), toAssignment(w.row));
  return [...candidates.values()].filter((c) => Number(ctx.rows.peek('assignments', c.id)?.deleted ?? 0) === 0);
}
