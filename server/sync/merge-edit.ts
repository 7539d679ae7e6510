import { type Loose, threeWayMerge } from '../../shared/sync/merge';
import type { Outcome } from './mutation-context';

type Synced = { rev: number };
/** An edit merged into the server's row: what to write, or the answer already decided. */
export type MergedEdit<Row> =
  | { done: Outcome }
  | { done: null; merged: Row; changedFields: (keyof Row)[]; status: 'applied' | 'merged' };

/**
 * The three-way merge every update starts with: the same field changed elsewhere is a conflict with the
 * server's row, no change at all is answered at once, anything else is `applied` (or `merged`, when the
 * row moved on meanwhile) once the caller has checked and written it.
 */
export function mergeEdit<Row extends Synced>(
  row: Row,
  args: { baseRev: number; base: Loose<Row>; changes: Loose<Row> },
): MergedEdit<Row> {
  const { merged, conflicts, changedFields } = threeWayMerge(row, args.base, args.changes);
  const asRow = row as unknown as Outcome['row'];
  if (conflicts.length > 0)
    return {
      done: {
        status: 'conflict',
        code: 'edited_elsewhere',
        message: 'Changed elsewhere meanwhile',
        fields: conflicts.map(String),
        row: asRow,
      },
    };
  const status = row.rev === args.baseRev ? 'applied' : 'merged';
  if (changedFields.length === 0) return { done: { status, row: asRow } };
  return { done: null, merged, changedFields, status };
}
