import type { Kysely } from 'kysely';
import type { SyncTable } from '../../shared/sync/protocol';
import type { DB } from '../db/schema';
import { columnValues } from './field-map';
import type { MutationContext } from './mutation-context';
import { serverRecords } from './registry';
import { scopeColumns } from './scope';
import { audienceOf } from './scope-audience';

// The generic writer serves every table; Kysely's per-table types cannot follow a table chosen at run time.
type LooseDb = Kysely<Record<string, Record<string, unknown>>>;
const loose = (trx: Kysely<DB>) => trx as unknown as LooseDb;

/** Fields the server stamps itself; a mutation never writes them through the field map. */
const stamped = new Set(['id', 'rev', 'updatedAt']);
const writable = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !stamped.has(k)));

/** Inserts a new row of `table` (API fields) with a fresh revision; `extra` are columns outside the API row. */
export async function insertRow(
  ctx: MutationContext,
  table: SyncTable,
  row: Record<string, unknown> & { id: string },
  extra: Record<string, unknown> = {},
): Promise<number> {
  const rev = await ctx.nextRev();
  const stamp = ctx.now.toISOString();
  const values = {
    ...columnValues(serverRecords[table].fields, writable(row)),
    ...extra,
    id: row.id,
    associationId: ctx.user.associationId,
    rev,
    deleted: 0,
    updatedAt: stamp,
  };
  await loose(ctx.trx).insertInto(table).values(values).execute();
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
  await loose(ctx.trx)
    .updateTable(table)
    .set({ ...columnValues(serverRecords[table].fields, writable(after)), ...extra, rev, updatedAt })
    .where('id', '=', before.id)
    .where('associationId', '=', ctx.user.associationId)
    .execute();
  await revokeLeavers(ctx, table, before, after, rev);
  return { rev, updatedAt };
}

/** Marks a row deleted (a tombstone, so devices learn of it) with a fresh revision. */
export async function deleteRow(ctx: MutationContext, table: SyncTable, id: string): Promise<number> {
  const rev = await ctx.nextRev();
  await loose(ctx.trx)
    .updateTable(table)
    .set({ deleted: 1, rev, updatedAt: ctx.now.toISOString() })
    .where('id', '=', id)
    .where('associationId', '=', ctx.user.associationId)
    .execute();
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
  await ctx.trx
    .insertInto('syncRevocations')
    .values(
      leavers.map((personId) => ({
        associationId: ctx.user.associationId,
        personId,
        tableName: table,
        rowId: String(before.id),
        rev,
      })),
    )
    .execute();
}
