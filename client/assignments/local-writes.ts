import type { Assignment, AssignmentChanges } from '../../shared/assignments/schema';
import { AppError } from '../../shared/errors/errors';
import { applyChanges } from '../../shared/sync/merge';
import type { LocalDb } from '../db/local-db';
import { trustedNow } from '../sync/server-clock';

/** A worker's change to status or notes, written with its outbox entry in one transaction. */
export async function updateAssignment(db: LocalDb, id: string, changes: AssignmentChanges, now = trustedNow()): Promise<Assignment> {
  return db.transaction('rw', db.assignments, db.outbox, async () => {
    const row = await db.assignments.get(id);
    if (!row) throw new AppError('not_found', 'Assignment not found');
    const next: Assignment = applyChanges(row, changes);
    const keys = (Object.keys(changes) as (keyof AssignmentChanges)[]).filter((k) => row[k] !== next[k]);
    if (keys.length === 0) return row;
    const base = Object.fromEntries(keys.map((k) => [k, row[k]]));
    const delta = Object.fromEntries(keys.map((k) => [k, next[k]]));
    await db.assignments.put(next);
    await db.outbox.add({ name: 'assignment.update', args: { id, baseRev: row.rev, base, changes: delta }, table: 'assignments', rowId: id, createdAt: now.toISOString() });
    return next;
  });
}
