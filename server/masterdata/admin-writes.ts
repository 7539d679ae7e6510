import type { z } from 'zod';
import { can } from '../../shared/capabilities/capabilities';
import { type Issue, issuesFromZod } from '../../shared/errors/errors';
import type { SyncTable } from '../../shared/sync/protocol';
import { differingFields, type Loose, threeWayMerge } from '../../shared/sync/merge';
import { type AnyFieldMap, rowFrom } from '../sync/field-map';
import { type MutationContext, type Outcome, Rejection } from '../sync/mutation-context';
import { deleteRow, insertRow, updateRow } from '../sync/row-writes';
import { keyTaken, type UniqueKey } from './unique-key';

type Synced = { id: string; rev: number; updatedAt: string };
export type UpdateArgs<Row> = { id: string; baseRev: number; base: Loose<Row>; changes: Loose<Row> };

/** How one master data type is checked beyond its field schemas. */
export type AdminSpec<Row extends Synced> = {
  table: SyncTable;
  fields: AnyFieldMap;
  row: z.ZodType<Row>;
  /** Rules across fields and references, on the row's whole new state; `changed`: the fields that moved. */
  check: (ctx: MutationContext, row: Row, changed: readonly string[]) => Promise<Issue[]>;
  /** Why the row cannot be deleted (a site of a municipality, hours booked to a service type), or null. */
  inUse?: (ctx: MutationContext, row: Row) => Promise<Issue | null>;
  /** The natural key people type and pick by, unique among the association's live rows. */
  unique?: Omit<UniqueKey, 'table'>;
};

/** Master data belongs to the association's administrators; everyone else reads it. */
export function assertManager(ctx: MutationContext): void {
  if (!can(ctx.user, 'association.manage')) throw new Rejection('forbidden', 'Only administrators change master data');
}

export const refuse = (issues: Issue[], row: Outcome['row'] = null): never => {
  const code = issues.every((i) => i.code === issues[0]!.code) ? issues[0]!.code : 'validation_failed';
  throw new Rejection(code, issues.map((i) => `${i.path}: ${i.message}`).join(' '), row, issues);
};

async function validate<Row extends Synced>(
  spec: AdminSpec<Row>,
  ctx: MutationContext,
  row: Row,
  changed: string[],
): Promise<void> {
  const parsed = spec.row.safeParse(row);
  if (!parsed.success) refuse(issuesFromZod(parsed.error).map((i) => ({ ...i, code: 'validation_failed' })));
  const issues = await spec.check(ctx, row, changed);
  const key = spec.unique;
  if (key && changed.includes(key.column)) {
    const taken = await keyTaken(ctx, { ...key, table: spec.table }, row.id, String(row[key.column as keyof Row]));
    if (taken) issues.push(taken);
  }
  if (issues.length > 0) refuse(issues);
}

/**
 * Update of a master data row through the push: the same three-way merge as time entries, so two
 * administrators changing one field meet a conflict, never a silent overwrite.
 */
export async function updateAdminRow<Row extends Synced>(
  spec: AdminSpec<Row>,
  ctx: MutationContext,
  args: UpdateArgs<Row>,
): Promise<Outcome & { before?: Row }> {
  assertManager(ctx);
  const raw = await ctx.rows.live(spec.table, args.id);
  if (!raw) return { status: 'conflict', code: 'deleted_on_server', message: 'Deleted meanwhile', row: null };
  const row = rowFrom<Row>(spec.fields, raw);
  const { merged, conflicts, changedFields } = threeWayMerge(row, args.base, args.changes);
  if (conflicts.length > 0)
    return {
      status: 'conflict',
      code: 'edited_elsewhere',
      message: 'Changed by someone else meanwhile',
      fields: conflicts.map(String),
      row: row as unknown as Outcome['row'],
    };
  const status = row.rev === args.baseRev ? 'applied' : 'merged';
  if (changedFields.length === 0) return { status, row: row as unknown as Outcome['row'] };
  await validate(spec, ctx, merged, changedFields.map(String));
  const written = await updateRow(ctx, spec.table, row, merged);
  return { status, row: { ...merged, ...written } as unknown as Outcome['row'], before: row };
}

/** The standard create, update and delete of an administered type. */
export function adminWrites<Row extends Synced>(spec: AdminSpec<Row>) {
  const asRow = (r: Row) => r as unknown as Outcome['row'];
  return {
    async create(ctx: MutationContext, args: { id: string } & Loose<Row>): Promise<Outcome> {
      assertManager(ctx);
      const existing = await ctx.rows.find(spec.table, args.id);
      if (existing)
        throw new Rejection(
          'id_taken',
          'A row with this id exists already',
          asRow(rowFrom<Row>(spec.fields, existing)),
        );
      // Ids of master data are unique across associations (one primary key): an id another association
      // holds is refused like one of ours, without saying whose it is (devices make UUIDv7s: not by chance).
      const elsewhere = await ctx.trx
        .selectFrom(spec.table as 'sites')
        .select('id')
        .where('id', '=', args.id)
        .executeTakeFirst();
      if (elsewhere) throw new Rejection('id_taken', 'A row with this id exists already');
      const draft = Object.assign({}, args, { rev: 0, updatedAt: ctx.now.toISOString() }) as unknown as Row;
      await validate(spec, ctx, draft, Object.keys(args));
      const rev = await insertRow(ctx, spec.table, draft);
      return { status: 'applied', row: asRow({ ...draft, rev }) };
    },

    async update(ctx: MutationContext, args: UpdateArgs<Row>): Promise<Outcome> {
      const { before: _before, ...outcome } = await updateAdminRow(spec, ctx, args);
      return outcome;
    },

    /** A tombstone, refused while other live rows still refer to the row (their history stays whole). */
    async delete(ctx: MutationContext, args: { id: string; base: Loose<Row> }): Promise<Outcome> {
      assertManager(ctx);
      const raw = await ctx.rows.live(spec.table, args.id);
      // Deleting what is already gone is the wish fulfilled.
      if (!raw) return { status: 'applied', row: null };
      const row = rowFrom<Row>(spec.fields, raw);
      const moved = differingFields(row, args.base);
      if (moved.length > 0)
        return {
          status: 'conflict',
          code: 'changed_before_delete',
          message: 'Changed by someone else before this delete',
          fields: moved.map(String),
          row: asRow(row),
        };
      const used = spec.inUse ? await spec.inUse(ctx, row) : null;
      if (used) refuse([used], asRow(row));
      await deleteRow(ctx, spec.table, row.id);
      return { status: 'applied', row: null };
    },
  };
}
