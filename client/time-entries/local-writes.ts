import type { SessionUser } from '../../shared/auth/schemas';
import { AppError, type Issue, issuesFromZod } from '../../shared/errors/errors';
import { newId } from '../../shared/ids/ids';
import { timeEntryRecord } from '../../shared/time-entries/record';
import { checkTimeEntry } from '../../shared/time-entries/rules';
import {
  type TimeEntry,
  type TimeEntryChanges,
  timeEntryChangesSchema,
  timeEntryEditableFields,
  type TimeEntryInput,
  timeEntryInputSchema,
} from '../../shared/time-entries/schema';
import { dateIn } from '../../shared/time/dates';
import type { LocalDb } from '../db/local-db';
import { localWriter } from '../sync/local-write';
import { trustedNow } from '../sync/server-clock';
import { entryRows } from './entry-rows';

export type NewTimeEntry = Omit<TimeEntryInput, 'id' | 'state'> & { state?: TimeEntryInput['state'] };

/** The same rules the server applies, checked before anything reaches the outbox. */
export function validateEntry(entry: Omit<TimeEntryInput, 'id'>, now: Date, timeZone: string): Issue[] {
  const editable = Object.fromEntries(
    Object.keys(timeEntryEditableFields).map((k) => [k, entry[k as keyof typeof entry]]),
  );
  const parsed = timeEntryInputSchema.safeParse({ ...editable, id: newId() });
  if (!parsed.success) return issuesFromZod(parsed.error);
  return checkTimeEntry(entry, dateIn(timeZone, now));
}

function refuse(issues: Issue[]): never {
  throw new AppError('validation_failed', issues.map((i) => i.message).join(' '), issues);
}

const writes = localWriter(timeEntryRecord, entryRows);

function refuseLocked(row: TimeEntry, action: 'changed' | 'deleted'): void {
  if (row.state === 'submitted')
    throw new AppError('forbidden', `Submitted entries cannot be ${action}`, [
      { path: 'state', code: 'entry_locked', message: `Submitted entries cannot be ${action}.` },
    ]);
}

/** Writes the entry and its outbox mutation in one transaction: both or neither. */
export async function createTimeEntry(
  db: LocalDb,
  user: SessionUser,
  input: NewTimeEntry,
  now = trustedNow(),
): Promise<TimeEntry> {
  const args: TimeEntryInput = { ...input, id: newId(), state: input.state ?? 'draft' };
  const issues = validateEntry(args, now, user.timeZone);
  if (issues.length > 0) refuse(issues);
  return writes.create(db, { ...args, personId: user.id, rev: 0, updatedAt: now.toISOString() }, now);
}

export async function updateTimeEntry(
  db: LocalDb,
  user: SessionUser,
  id: string,
  changes: TimeEntryChanges,
  now = trustedNow(),
): Promise<TimeEntry> {
  const parsed = timeEntryChangesSchema.safeParse(changes);
  if (!parsed.success) refuse(issuesFromZod(parsed.error));
  return writes.update(db, id, parsed.data, now, (row, next) => {
    refuseLocked(row, 'changed');
    const issues = validateEntry(next, now, user.timeZone);
    if (issues.length > 0) refuse(issues);
  });
}

export async function deleteTimeEntry(db: LocalDb, id: string, now = trustedNow()): Promise<void> {
  await writes.delete(db, id, now, (row) => refuseLocked(row, 'deleted'));
}
