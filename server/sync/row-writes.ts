import type { SyncTable } from '../../shared/sync/protocol';
import { columnValues } from './field-map';
import type { MutationContext } from './mutation-context';
import { serverRecords } from './registry';
import { scopeColumns } from './scope';
import { audienceOf } from './scope-audience';

const stamped = new Set(['id', 'rev', 'updatedAt']);

/**
 * A row's columns from its API fields and `extra` columns, with the stamps the server sets itself
 * (id, revision, change time) in place of whatever the fields said of them.
 */
function stampedColumns(
  table: SyncTable,
  fields: Record<string, unknown>,
  extra: Record<string, unknown>,
  stamps: { rev: number; updatedAt: string },
): Record<string, unknown> {
  const values = columnValues(serverRecords[table].fields, fields, stamped);
  Object.assign(values, extra);
  values.rev = stamps.rev;
  values.updatedAt = stamps.updatedAt;
  return values;
}

/**
 * Inserts a new row of `table` (API fields) with a fresh revision; `extra` are columns outside the API row.
 * Writes go to the push's row store (row-store.ts) and reach the database with the whole push.
 */
export async function insertRow(
  ctx: MutationContext,
  table: SyncTable,
  row: Record<string, unknown> & { id: string },
  extra: Record<string, unknown> = {},
): Promise<number> {
  const rev = await ctx.nextRev();
  const values = stampedColumns(table, row, extra, { rev, updatedAt: ctx.now.toISOString() });
  // Set on the fresh object rather than spread into a copy: V8 copies a row of this many columns
  // built key by key slowly (several µs per row, the largest cost of a create in the profile).
  values.id = row.id;
  values.associationId = ctx.user.associationId;
  values.deleted = 0;
  ctx.rows.insert(table, values as Record<string, unknown> & { id: string });
  return rev;
}

/**
 * Writes a row's new state with a fresh revision. Whoever could read the old state through a branch of
 * the type's read scope and cannot read the new one (a moved assignment's previous worker, the contact
 * of a municipality the hours were moved away from) gets a revocation, so it leaves their devices.
 */
export async function updateRow(
  ctx: MutationContext,
  table: SyncTable,
  before: Record<string, unknown> & { id: string },
  after: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Promise<{ rev: number; updatedAt: string }> {
  const rev = await ctx.nextRev();
  const updatedAt = ctx.now.toISOString();
  ctx.rows.update(table, before.id, stampedColumns(table, after, extra, { rev, updatedAt }));
  await revokeLeavers(ctx, table, before, after, rev);
  return { rev, updatedAt };
}

/** Marks a row deleted (a tombstone, so devices learn of it) with a fresh revision. */
export async function deleteRow(ctx: MutationContext, table: SyncTable, id: string): Promise<number> {
  const rev = await ctx.nextRev();
  ctx.rows.update(table, id, { deleted: 1, rev, updatedAt: ctx.now.toISOString() });
  return rev;
}

async function revokeLeavers(
  ctx: MutationContext,
  table: SyncTable,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  rev: number,
): Promise<void> {
  const scope = serverRecords[table].read;
  // Most edits touch no column a scope reads: nobody can have lost the row.
  if (!scopeColumns(scope).some((c) => JSON.stringify(before[c]) !== JSON.stringify(after[c]))) return;
  const [was, is] = await Promise.all([
    audienceOf(ctx.trx, ctx.user.associationId, scope, before, ctx.now),
    audienceOf(ctx.trx, ctx.user.associationId, scope, after, ctx.now),
  ]);
  const leavers = [...was].filter((p) => !is.has(p));
  if (leavers.length === 0) return;
  ctx.rows.revoke(
    leavers.map((personId) => ({
      associationId: ctx.user.associationId,
      personId,
      tableName: table,
      rowId: String(before.id),
      rev,
    })),
  );
}
