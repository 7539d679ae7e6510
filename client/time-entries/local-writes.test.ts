import { describe, expect, it } from 'vitest';
import { freshDbs } from '../testing/fresh-dbs';
import { entryInput, staffUser } from '../testing/fixtures';
import { StorageFullError } from '../db/storage-errors';
import { editsSince } from './entry-values';
import { createTimeEntry, deleteTimeEntry, updateTimeEntry } from './local-writes';

const user = staffUser();
const now = new Date('2026-11-18T09:30:00Z');
const input = entryInput();
const open = freshDbs('lw');

describe('local writes', () => {
  it('writes row and outbox entry together, with the values the edit started from', async () => {
    const db = open();
    const row = await createTimeEntry(db, user, input, now);
    await updateTimeEntry(db, user, row.id, { note: 'y', end: '09:00' }, now);
    const outbox = await db.outbox.orderBy('id').toArray();
    expect(outbox.map((e) => e.name)).toEqual(['timeEntry.create', 'timeEntry.update']);
    // Only fields that really changed travel, each with its base value.
    expect(outbox[1]!.args).toMatchObject({ base: { note: 'x' }, changes: { note: 'y' } });
    await deleteTimeEntry(db, row.id, now);
    expect(await db.timeEntries.get(row.id)).toBeUndefined();
    expect((await db.outbox.orderBy('id').last())?.name).toBe('timeEntry.delete');
  });

  it('keeps what another device changed while the form was open, in the fields the person did not touch', async () => {
    const db = open();
    const started = await createTimeEntry(db, user, input, now);
    // A pull brings the coordinator's correction of the note while the form shows the old version.
    await db.timeEntries.put({ ...started, rev: started.rev + 1, note: 'korrigiert' });
    const typed = { ...input, start: '07:30' }; // the whole form, with her one change
    await updateTimeEntry(db, user, started.id, editsSince(started, typed), now);
    expect(await db.timeEntries.get(started.id)).toMatchObject({ start: '07:30', note: 'korrigiert' });
    expect((await db.outbox.orderBy('id').last())?.args).toMatchObject({
      base: { start: '08:00' },
      changes: { start: '07:30' },
    });
  });

  it('refuses to change a submitted entry', async () => {
    const db = open();
    const row = await createTimeEntry(db, user, { ...input, state: 'submitted' }, now);
    await expect(updateTimeEntry(db, user, row.id, { note: 'late' }, now)).rejects.toThrow(/Submitted/);
    await expect(deleteTimeEntry(db, row.id, now)).rejects.toThrow(/Submitted/);
    expect(await db.outbox.count()).toBe(1);
  });

  it('reports a full disk clearly and leaves neither row nor outbox entry behind', async () => {
    const db = open();
    const full = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    db.outbox.hook('creating', full);
    await expect(createTimeEntry(db, user, input, now)).rejects.toThrow(StorageFullError);
    expect(await db.timeEntries.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
