import { applyChanges, type Loose } from '../../shared/sync/merge';
import type { OutboxEntry } from '../db/local-db';

/**
 * The server's row with this device's unsent mutations replayed on top, in outbox order:
 * what the person sees until the server has confirmed them. Null means deleted.
 */
export function rebase<T extends object>(serverRow: T | null, pending: readonly OutboxEntry[]): T | null {
  let row = serverRow;
  for (const entry of pending) {
    switch (entry.name) {
      case 'timeEntry.delete':
        row = null;
        break;
      case 'timeEntry.update':
      case 'assignment.update':
        // The outbox holds changes of this row's own type; the union is narrowed by the table.
        if (row) row = applyChanges(row, entry.args.changes as Loose<T>);
        break;
      case 'timeEntry.create':
        break;
    }
  }
  return row;
}
