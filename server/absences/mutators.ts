import { type AbsenceState, checkAbsence, checkAbsenceDetails, decides } from '../../shared/absences/rules';
import type { Absence } from '../../shared/absences/schema';
import type { MutationArgs } from '../../shared/sync/protocol';
import { refuse } from '../masterdata/admin-writes';
import { mergeEdit } from '../sync/merge-edit';
import { type MutationContext, type Outcome, Rejection } from '../sync/mutation-context';
import { insertRow, updateRow } from '../sync/row-writes';
import { toAbsence, toAbsenceDetail } from './fields';

/**
 * The person's approved absences that might overlap `a`, as this push sees them: rows it wrote count as
 * written, the database's as they stand unless the push changed them. The push holds the association's
 * write lock (write-path.ts), so no other push approves one meanwhile.
 */
async function approvedAround(ctx: MutationContext, a: AbsenceState): Promise<Absence[]> {
  const found = new Map<string, Absence>();
  for (const w of ctx.rows.writes().rows)
    if (w.table === 'absences' && w.row.personId === a.personId) found.set(String(w.row.id), toAbsence(w.row));
  const rows = await ctx.trx
    .selectFrom('absences')
    .selectAll()
    .where('associationId', '=', ctx.user.associationId)
    .where('personId', '=', a.personId)
    .where('status', '=', 'approved')
    .where('deleted', '=', 0)
    .where('fromDate', '<=', a.to)
    .where('toDate', '>=', a.from)
    .execute();
  for (const r of rows) if (!found.has(r.id)) found.set(r.id, toAbsence(ctx.rows.peek('absences', r.id) ?? r));
  return [...found.values()];
}

/** Who decided and when, stamped by the server whenever the status is decided. */
const decision = (ctx: MutationContext, before: Absence | null, after: AbsenceState) =>
  decides(before, after) ? { decidedBy: ctx.user.id, decidedAt: ctx.now.toISOString() } : {};

export async function createAbsence(ctx: MutationContext, args: MutationArgs<'absence.create'>): Promise<Outcome> {
  // Ids are one primary key across associations: another association's is refused like ours, unnamed.
  const elsewhere = await ctx.trx.selectFrom('absences').select('id').where('id', '=', args.id).executeTakeFirst();
  if (elsewhere || (await ctx.rows.find('absences', args.id)))
    throw new Rejection('id_taken', 'An absence with this id exists already');
  if (!(await ctx.rows.live('people', args.personId)))
    refuse([{ path: 'personId', code: 'unknown_reference', message: 'Unknown person' }]);
  const issues = checkAbsence(ctx.user, null, args, await approvedAround(ctx, args));
  if (issues.length > 0) refuse(issues);
  const stamp = ctx.now.toISOString();
  const draft: Absence = Object.assign({ decidedBy: null, decidedAt: null }, args, decision(ctx, null, args), {
    rev: 0,
    updatedAt: stamp,
  });
  const rev = await insertRow(ctx, 'absences', draft, { createdAt: stamp });
  return { status: 'applied', row: { ...draft, rev } };
}

/** Three-way merge as everywhere: two planners deciding one request at once meet a conflict on `status`. */
export async function updateAbsence(ctx: MutationContext, args: MutationArgs<'absence.update'>): Promise<Outcome> {
  const found = await ctx.rows.live('absences', args.id);
  if (!found) throw new Rejection('not_found', 'Absence not found');
  const row = toAbsence(found);
  const edit = mergeEdit(row, args);
  if (edit.done) return edit.done;
  const { merged, status } = edit;
  const issues = checkAbsence(ctx.user, row, merged, await approvedAround(ctx, merged));
  if (issues.length > 0) refuse(issues, row);
  Object.assign(merged, decision(ctx, row, merged));
  const written = await updateRow(ctx, 'absences', row, merged);
  return { status, row: { ...merged, ...written } };
}

async function absenceOf(ctx: MutationContext, id: string): Promise<Absence | null> {
  const found = await ctx.rows.live('absences', id);
  return found ? toAbsence(found) : null;
}

/** Kind and note of an absence this push or an earlier one created; the person is the absence's. */
export async function createAbsenceDetails(
  ctx: MutationContext,
  args: MutationArgs<'absenceDetails.create'>,
): Promise<Outcome> {
  if (await ctx.rows.find('absenceDetails', args.id)) throw new Rejection('id_taken', 'The absence has details');
  const absence = await absenceOf(ctx, args.id);
  const issues = checkAbsenceDetails(ctx.user, absence, args);
  if (issues.length > 0 || !absence) refuse(issues);
  const draft = Object.assign({}, args, { personId: absence!.personId, rev: 0, updatedAt: ctx.now.toISOString() });
  const rev = await insertRow(ctx, 'absenceDetails', draft);
  return { status: 'applied', row: { ...draft, rev } };
}

export async function updateAbsenceDetails(
  ctx: MutationContext,
  args: MutationArgs<'absenceDetails.update'>,
): Promise<Outcome> {
  const found = await ctx.rows.live('absenceDetails', args.id);
  if (!found) throw new Rejection('not_found', 'Absence details not found');
  const row = toAbsenceDetail(found);
  const edit = mergeEdit(row, args);
  if (edit.done) return edit.done;
  const { merged, status } = edit;
  const issues = checkAbsenceDetails(ctx.user, await absenceOf(ctx, args.id), merged);
  if (issues.length > 0) refuse(issues, row);
  const written = await updateRow(ctx, 'absenceDetails', row, merged);
  return { status, row: { ...merged, ...written } };
}
