import type { Kysely } from 'kysely';
import type { SyncTable } from '../../shared/sync/protocol';
import { insertMany } from '../db/bulk-insert';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';
import type { Revocation, WrittenRow } from './row-store';
import { chunksOf } from './sql-chunks';

/** The unique key an upsert meets an existing row on: time entries' ids are unique per association (migration 006). */
const keyColumns = (table: SyncTable): string[] => (table === 'timeEntries' ? ['associationId', 'id'] : ['id']);

const sameColumns = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((c, i) => c === b[i]);

/** Groups rows by table, kind and column list (in order), so each group is one multi-row statement. */
function groupsOf(rows: readonly WrittenRow[]): WrittenRow[][] {
  // Rows of one table come with their columns in one order (selectAll, or insertRow's), so a push has a
  // handful of groups: comparing a row's column names with each group's costs less than joining them
  // into a key string per row.
  const groups: { table: SyncTable; isNew: boolean; columns: string[]; rows: WrittenRow[] }[] = [];
  for (const w of rows) {
    const columns = Object.keys(w.row);
    const group = groups.find((g) => g.table === w.table && g.isNew === w.isNew && sameColumns(g.columns, columns));
    if (group) group.rows.push(w);
    else groups.push({ table: w.table, isNew: w.isNew, columns, rows: [w] });
  }
  return groups.map((g) => g.rows);
}

/**
 * Writes what a push's mutations decided, a few statements for the whole push. New rows are plain
 * INSERTs: an id taken meanwhile fails the transaction rather than being overwritten (the write lock
 * rules that out). Changed rows are written whole as an upsert on their key, which updates just the
 * columns the push wrote, so each table takes one statement however many rows changed.
 */
export async function flushRows(
  trx: Kysely<DB>,
  dialect: Dialect,
  writes: { rows: readonly WrittenRow[]; revocations: readonly Revocation[] },
  maxParams: number,
): Promise<void> {
  for (const group of groupsOf(writes.rows)) {
    const { table, isNew } = group[0]!;
    const columns = Object.keys(group[0]!.row);
    for (const part of chunksOf(group, columns.length, maxParams)) {
      const rows = part.map((w) => w.row);
      // Columns a row of this statement did not write get back the value read under the lock.
      const upsert = isNew
        ? undefined
        : { key: keyColumns(table), set: [...new Set(part.flatMap((w) => [...w.columns]))] };
      await trx.executeQuery(insertMany(dialect, table, columns, rows, upsert));
    }
  }
  const columns = ['associationId', 'personId', 'tableName', 'rowId', 'rev'];
  for (const part of chunksOf(writes.revocations, columns.length, maxParams))
    await trx.executeQuery(insertMany(dialect, 'syncRevocations', columns, part));
}
