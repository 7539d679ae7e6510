import { applyChanges, type Loose } from '../../shared/sync/merge';
import { opOfMutation } from '../../shared/sync/protocol-constants';
import type { OutboxEntry } from '../db/local-db';

type Fields = Record<string, unknown>;
/** A queued mutation by what it does, whatever its record type: the standard ops share their argument shapes. */
export type OpView =
  | { op: 'create'; args: { id: string } & Fields }
  | { op: 'update'; args: { id: string; baseRev: number; base: Fields; changes: Fields } }
  | { op: 'delete'; args: { id: string; base: Fields } };

// The shapes are argsSchemaOf's in shared/sync/record.ts; TS cannot tie a name's op to its args.
export const opView = (entry: Pick<OutboxEntry, 'name' | 'args'>): OpView =>
  ({ op: opOfMutation(entry.name), args: entry.args }) as OpView;

/**
 * The server's row with this device's unsent mutations replayed on top, in outbox order:
 * what the person sees until the server has confirmed them. Null means deleted.
 */
export function rebase<T extends object>(serverRow: T | null, pending: readonly OutboxEntry[]): T | null {
  let row = serverRow;
  for (const entry of pending) {
    const view = opView(entry);
    switch (view.op) {
      case 'create':
        break;
      case 'update':
        // The outbox holds changes of this row's own type; the same apply step as the local write.
        if (row) row = applyChanges(row, view.args.changes as Loose<T>);
        break;
      case 'delete':
        row = null;
        break;
      default:
        return unknownOp(view);
    }
  }
  return row;
}

function unknownOp(view: never): never {
  throw new Error(`Unknown mutation op in ${JSON.stringify(view)}`);
}
