import type { SessionUser } from '../../shared/auth/schemas';
import { AppError, type Issue, issuesFromZod } from '../../shared/errors/errors';
import { newId } from '../../shared/ids/ids';
import { applyChanges } from '../../shared/sync/merge';
import { checkTimeEntry } from '../../shared/time-entries/rules';
import { type TimeEntry, type TimeEntryChanges, timeEntryChangesSchema, timeEntryEditableFields, type TimeEntryInput, timeEntryInputSchema } from '../../shared/time-entries/schema';
import { dateIn } from '../../shared/time/dates';
import type { LocalDb } from '../db/local-db';
import { guardStorage } from '../db/storage-errors';
import { trustedNow } from '../sync/server-clock';

export type NewTimeEntry = Omit<TimeEntryInput, 'id' | 'state'> & { state?: TimeEntryInput['state'] };

/** The same rules the server applies, checked before anything reaches the outbox. */
export function validateEntry(entry: Omit<TimeEntryInput, 'id'>, now: Date, timeZone: string): Issue[] {
  const editable = Object.fromEntries(Object.keys(timeEntryEditableFields).map((k) => [k, entry[k as keyof typeof entry]]));
  const parsed = timeEntryInputSchema.safeParse({ ...editable, id: newId() });
  if (!parsed.success) return issuesFromZod(parsed.error);
  return checkTimeEntry(entry, dateIn(timeZone, now));
}

function refuse(issues: Issue[]): never {
  throw new AppError('validation_failed', issues.map((i) => i.message).join(' '), issues);
}

/** Writes the entry and its outbox mutation in one transaction: both or neither. */
export async function createTimeEntry(db: LocalDb, user: SessionUser, input: NewTimeEntry, now = trustedNow()): Promise<TimeEntry> {
  const args: TimeEntryInput = { ...input, id: newId(), state: input.state ?? 'draft' };
  const issues = validateEntry(args, now, user.timeZone);
  if (issues.length > 0) refuse(issues);
  const row: TimeEntry = { ...args, personId: user.id, rev: 0, updatedAt: now.toISOString() };
  const write = async () => {
    await db.timeEntries.put(row);
    await db.outbox.add({ name: 'timeEntry.create', args, table: 'timeEntries', rowId: row.id, createdAt: now.toISOString() });
  };
  await guardStorage(() => db.transaction('rw', [...db.entryTables, db.outbox], write));
  return row;
}

export async function updateTimeEntry(db: LocalDb, user: SessionUser, id: string, changes: TimeEntryChanges, now = trustedNow()): Promise<TimeEntry> {
  const parsedChanges = timeEntryChangesSchema.safeParse(changes);
  if (!parsedChanges.success) refuse(issuesFromZod(parsedChanges.error));
  const write = async (): Promise<TimeEntry> => {
    const row = await db.timeEntries.get(id);
    if (!row) throw new AppError('not_found', 'Entry not found');
    if (row.state === 'submitted') throw new AppError('forbidden', 'Submitted entries cannot be changed', [{ path: 'state', code: 'entry_locked', message: 'Submitted entries cannot be changed.' }]);
    const next: TimeEntry = applyChanges(row, parsedChanges.data);
    const issues = validateEntry(next, now, user.timeZone);
    if (issues.length > 0) refuse(issues);
    const keys = (Object.keys(parsedChanges.data) as (keyof TimeEntryChanges)[]).filter((k) => JSON.stringify(row[k]) !== JSON.stringify(next[k]));
    if (keys.length === 0) return row;
    // Base is what this device saw, including its own unsent edits: the server applies them in order.
    const base = Object.fromEntries(keys.map((k) => [k, row[k]]));
    const delta = Object.fromEntries(keys.map((k) => [k, next[k]]));
    await db.timeEntries.put(next);
    await db.outbox.add({ name: 'timeEntry.update', args: { id, baseRev: row.rev, base, changes: delta }, table: 'timeEntries', rowId: id, createdAt: now.toISOString() });
    return next;
  };
  return guardStorage(() => db.transaction('rw', [...db.entryTables, db.outbox], write));
}

export async function deleteTimeEntry(db: LocalDb, id: string, now = trustedNow()): Promise<void> {
  await db.transaction('rw', [...db.entryTables, db.outbox], async () => {
    const row = await db.timeEntries.get(id);
    if (!row) return;
    if (row.state === 'submitted') throw new AppError('forbidden', 'Submitted entries cannot be deleted');
    const { id: _id, rev: _rev, updatedAt: _u, personId: _p, ...base } = row;
    await db.timeEntries.delete(id);
    await db.outbox.add({ name: 'timeEntry.delete', args: { id, base }, table: 'timeEntries', rowId: id, createdAt: now.toISOString() });
  });
}
