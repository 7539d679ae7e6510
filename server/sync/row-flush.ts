import type { Kysely } from 'kysely';
import type { SyncTable } from '../../shared/sync/protocol';
import type { DB } from '../db/schema';
import type { Revocation, WrittenRow } from './row-store';
import { chunksOf } from './sql-chunks';

type LooseDb = Kysely<Record<string, Record<string, unknown>>>;
const loose = (trx: Kysely<DB>) => trx as unknown as LooseDb;

/** The unique key an upsert meets an existing row on: time entries' ids are unique per association (migration 006). */
const keyColumns = (table: SyncTable): string[] => (table === 'timeEntries' ? ['associationId', 'id'] : ['id']);

/** Groups rows by table, kind and column list, so each group is one multi-row statement. */
function groupsOf(rows: readonly WrittenRow[]): Map<string, WrittenRow[]> {
  const groups = new Map<string, WrittenRow[]>();
  for (const w of rows) {
    const key = `${w.table} ${w.isNew} ${Object.keys(w.row).sort().join(',')}`;
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
  writes: { rows: readonly WrittenRow[]; revocations: readonly Revocation[] },
  maxParams: number,
): Promise<void> {
  for (const group of groupsOf(writes.rows).values()) {
    const { table, isNew } = group[0]!;
    const width = Object.keys(group[0]!.row).length;
    for (const part of chunksOf(group, width, maxParams)) {
      const values = part.map((w) => w.row as Record<string, unknown>);
      if (isNew) {
        await loose(trx).insertInto(table).values(values).execute();
        continue;
      }
      const changed = new Set(part.flatMap((w) => [...w.columns]));
      await loose(trx)
        .insertInto(table)
        .values(values)
        .onConflict((oc) =>
          oc.columns(keyColumns(table)).doUpdateSet((eb) => {
            const set: Record<string, unknown> = {};
            // Columns a row of this statement did not write get back the value read under the lock.
            for (const c of changed) set[c] = eb.ref(`excluded.${c}`);
            return set;
          }),
        )
        .execute();
    }
  }
  for (const part of chunksOf(writes.revocations, 5, maxParams))
    await trx.insertInto('syncRevocations').values(part).execute();
}
