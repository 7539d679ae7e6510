import { type Mutation, type SyncTable, tableOfMutation } from '../../shared/sync/protocol';
import type { AnyFieldMap } from './field-map';
import { serverRecords } from './registry';
import type { RowStore } from './row-store';

type Ids = Map<SyncTable, Set<string>>;
const add = (ids: Ids, table: SyncTable, id: unknown) => {
  if (typeof id !== 'string') return;
  const set = ids.get(table) ?? new Set<string>();
  set.add(id);
  ids.set(table, set);
};

const columnOf = (fields: AnyFieldMap, field: string) => fields.find(([f]) => f === field)?.[1] ?? field;

/**
 * Reads, before any mutation runs, the rows a push's mutations will look at: first the rows they
 * change, then the rows those and the mutations' arguments refer to (a site, an assignment). One
 * statement per table and step, whatever the number of mutations.
 */
export async function prefetch(rows: RowStore, mutations: readonly Mutation[]): Promise<void> {
  const targets: Ids = new Map();
  for (const m of mutations) add(targets, tableOfMutation.get(m.name)!, m.args.id);
  for (const [table, ids] of targets) await rows.load(table, ids);

  const referenced: Ids = new Map();
  for (const m of mutations) {
    const table = tableOfMutation.get(m.name)!;
    const { fields, references } = serverRecords[table];
    const args = m.args as Record<string, unknown>;
    // An update's new values are in `changes`; what it leaves alone comes from the row it changes.
    const given = (args.changes ?? args) as Record<string, unknown>;
    const base = rows.peek(table, String(args.id));
    for (const [field, to] of Object.entries(references ?? {}) as [string, SyncTable][]) {
      add(referenced, to, given[field]);
      if (base) add(referenced, to, base[columnOf(fields, field)]);
    }
  }
  for (const [table, ids] of referenced) await rows.load(table, ids);
}
