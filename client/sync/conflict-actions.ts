import { workerFields } from '../../shared/assignments/schema';
import type { SessionUser } from '../../shared/auth/schemas';
import { timeEntryChangesSchema, timeEntryInputSchema } from '../../shared/time-entries/schema';
import { updateAssignment } from '../assignments/local-writes';
import type { ConflictRecord, LocalDb } from '../db/local-db';
import { createTimeEntry, deleteTimeEntry, updateTimeEntry } from '../time-entries/local-writes';

const pick = (row: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.filter((k) => k in row).map((k) => [k, row[k]]));
const newEntrySchema = timeEntryInputSchema.omit({ id: true });

/**
 * "Keep mine": the local row already shows theirs, so mine is written again as a new local
 * change (with its own outbox entry) on top of it. Then the conflict is done.
 */
export async function keepMine(db: LocalDb, user: SessionUser, c: ConflictRecord): Promise<string> {
  let rowId = c.rowId;
  if (c.table === 'assignments') {
    if (c.mine) await updateAssignment(db, c.rowId, pick(c.mine, c.fields.filter((f) => (workerFields as readonly string[]).includes(f))));
  } else if (c.mine === null) {
    // My delete met their edit: delete again, now against their version.
    await deleteTimeEntry(db, c.rowId);
  } else if (c.theirs === null) {
    // They deleted what I edited: my version comes back as a new entry.
    rowId = (await createTimeEntry(db, user, newEntrySchema.parse(pick(c.mine, Object.keys(newEntrySchema.shape))))).id;
  } else {
    await updateTimeEntry(db, user, c.rowId, timeEntryChangesSchema.parse(pick(c.mine, c.fields.filter((f) => f in timeEntryChangesSchema.shape))));
  }
  await db.conflicts.delete(c.rowId);
  return rowId;
}

/**
 * "Edit": start from my version (or theirs, when mine was a delete) and open it in its form,
 * so the person can combine both before it goes out. Returns the route to open.
 */
export async function editAfterConflict(db: LocalDb, user: SessionUser, c: ConflictRecord): Promise<string> {
  if (c.table === 'timeEntries' && c.mine === null) {
    await takeTheirs(db, c);
    return `/zeiten/${c.rowId}`;
  }
  const rowId = await keepMine(db, user, c);
  return c.table === 'assignments' ? `/einsatz/${rowId}` : `/zeiten/${rowId}`;
}

/** "Take theirs": the row already holds their version; only the notice goes. */
export async function takeTheirs(db: LocalDb, c: ConflictRecord): Promise<void> {
  await db.conflicts.delete(c.rowId);
}

/** Fields to show side by side: the conflicting ones, or everything when one side is gone. */
export function comparedFields(c: ConflictRecord, all: readonly string[]): string[] {
  if (c.fields.length > 0) return c.fields;
  const present = c.mine ?? c.theirs ?? {};
  return all.filter((f) => f in present);
}
