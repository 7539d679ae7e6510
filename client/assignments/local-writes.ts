import { assignmentRecord } from '../../shared/assignments/record';
import type { Assignment, AssignmentChanges } from '../../shared/assignments/schema';
import type { LocalDb } from '../db/local-db';
import { localWriter } from '../sync/local-write';
import { trustedNow } from '../sync/server-clock';
import { assignmentRows } from './assignment-rows';

const writes = localWriter(assignmentRecord, assignmentRows);

/** A worker's change to status or notes, written with its outbox entry in one transaction. */
export function updateAssignment(
  db: LocalDb,
  id: string,
  changes: AssignmentChanges,
  now = trustedNow(),
): Promise<Assignment> {
  return writes.update(db, id, changes, now);
}
