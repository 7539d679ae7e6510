import { assignmentRecord } from '../../shared/assignments/record';
import type { Assignment, AssignmentChanges } from '../../shared/assignments/schema';
import type { LocalDb } from '../db/local-db';
import { localWriter } from '../sync/local-write';
import { trustedNow } from '../sync/server-clock';
import { assignmentRows } from './assignment-rows';

const writes = localWriter(assignmentRecord, assignmentRows);

/** A change to an assignment (a worker's status or notes, a planner's move), written with its outbox entry. */
export function updateAssignment(
  db: LocalDb,
  id: string,
  changes: AssignmentChanges,
  now = trustedNow(),
): Promise<Assignment> {
  return writes.update(db, id, changes, now);
}

/** A planner's new assignment (client/planning), queued as `assignment.create`. */
export function createAssignment(db: LocalDb, row: Assignment, now = trustedNow()): Promise<Assignment> {
  return writes.create(db, row, now);
}
