import type { Kysely } from 'kysely';
import type { SyncTable } from '../../shared/sync/protocol';
import { insertMany } from '../db/bulk-insert';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';
import type { Revocation, WrittenRow } from './row-store';
import { chunksOf } from './sql-chunks';

/** The unique key an upsert meets an existing row on: time entries' ids are unique per association (migration 006). */
const keyColumns = (table: SyncTable): string[] => (table === 'timeEntries' ? ['associationId', 'id'] : ['id']);

/** Groups rows by table, kind and column list, so each group is one multi-row statement. */
function groupsOf(rows: readonly WrittenRow[]): Map<string, WrittenRow[]> {
  const groups = new Map<string, WrittenRow[]>();
  for (const w of rows) {
    // Rows of one table come with their columns in one order (selectAll, or insertRow's); no need to sort.
    const key = `${w.table} ${w.isNew} ${Object.keys(w.row).join(',')}`;
    const group = groups.get(key);
    if (group) group.push(w);
    else groups.set(key, [w]);
  }
  return groups;
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
  for (const group of groupsOf(writes.rows).values()) {
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
