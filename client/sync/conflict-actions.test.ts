import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import type { TimeEntry } from '../../shared/time-entries/schema';
import { type ConflictRecord, LocalDb } from '../db/local-db';
import { staffUser } from '../testing/fixtures';
import { editAfterConflict, keepMine, takeTheirs } from './conflict-actions';

const user = staffUser();
const theirs: TimeEntry = {
  id: newId(),
  rev: 7,
  updatedAt: '2025-11-20T10:00:00.000Z',
  personId: user.id,
  date: new Date().toISOString().slice(0, 10),
  start: '08:00',
  end: '12:00',
  breakMinutes: 0,
  municipalityId: newId(),
  siteId: null,
  serviceTypeId: newId(),
  assignmentId: null,
  note: 'theirs',
  state: 'draft',
};
const mine = { ...theirs, end: '13:00', note: 'mine' };
const conflict = (c: Partial<ConflictRecord>): ConflictRecord => ({
  rowId: theirs.id,
  table: 'timeEntries',
  code: 'edited_elsewhere',
  fields: ['note', 'end'],
  mine,
  theirs,
  at: '2025-11-20T10:00:00.000Z',
  ...c,
});

let db: LocalDb;
afterEach(async () => {
  await db.delete();
});
async function setup(c: ConflictRecord, row: TimeEntry | null = theirs) {
  db = new LocalDb(`conflicts-${newId()}`);
  await db.open();
  if (row) await db.timeEntries.put(row);
  await db.conflicts.put(c);
}

describe('conflict actions', () => {
  it('keep mine writes my values of the conflicting fields over theirs, as a new change', async () => {
    await setup(conflict({}));
    await keepMine(db, user, conflict({}));
    expect(await db.timeEntries.get(theirs.id)).toMatchObject({ note: 'mine', end: '13:00', rev: 7 });
    const [out] = await db.outbox.toArray();
    expect(out).toMatchObject({
      name: 'timeEntry.update',
      args: { baseRev: 7, base: { note: 'theirs', end: '12:00' }, changes: { note: 'mine', end: '13:00' } },
    });
    expect(await db.conflicts.count()).toBe(0);
  });

  it('take theirs only removes the notice', async () => {
    await setup(conflict({}));
    await takeTheirs(db, conflict({}));
    expect(await db.timeEntries.get(theirs.id)).toMatchObject({ note: 'theirs' });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.conflicts.count()).toBe(0);
  });

  it('keep mine after their delete brings my version back as a new entry', async () => {
    const c = conflict({ code: 'deleted_on_server', fields: [], theirs: null });
    await setup(c, null);
    await keepMine(db, user, c);
    const rows = await db.timeEntries.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ note: 'mine', end: '13:00' });
    expect(rows[0]!.id).not.toBe(theirs.id);
    expect((await db.outbox.toArray())[0]?.name).toBe('timeEntry.create');
  });

  it('keep mine after their edit of what I deleted deletes again', async () => {
    const c = conflict({ code: 'changed_before_delete', fields: ['note'], mine: null });
    await setup(c);
    await keepMine(db, user, c);
    expect(await db.timeEntries.get(theirs.id)).toBeUndefined();
    expect((await db.outbox.toArray())[0]?.name).toBe('timeEntry.delete');
  });
});

describe('editing after a conflict', () => {
  it('starts from my version and opens the entry form', async () => {
    db = new LocalDb(`edit-${newId()}`);
    await db.timeEntries.put(theirs);
    await db.conflicts.put(conflict({}));
    const path = await editAfterConflict(db, user, conflict({}));
    expect(path).toBe(`/zeiten/${theirs.id}`);
    expect((await db.timeEntries.get(theirs.id))?.note).toBe('mine');
    expect(await db.conflicts.count()).toBe(0);
  });

  it('opens their version when mine was a delete', async () => {
    db = new LocalDb(`edit-${newId()}`);
    await db.timeEntries.put(theirs);
    const path = await editAfterConflict(db, user, conflict({ mine: null, code: 'changed_before_delete' }));
    expect(path).toBe(`/zeiten/${theirs.id}`);
    expect((await db.timeEntries.get(theirs.id))?.note).toBe('theirs');
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps only the worker’s own fields of an assignment and opens the assignment', async () => {
    db = new LocalDb(`assignment-${newId()}`);
    const plan = {
      id: newId(),
      rev: 4,
      updatedAt: theirs.updatedAt,
      personId: user.id,
      municipalityId: newId(),
      siteId: newId(),
      serviceTypeId: newId(),
      plannedStart: '2026-11-18T08:00:00.000Z',
      plannedEnd: '2026-11-18T10:00:00.000Z',
      task: 'neu geplant',
      status: 'cancelled' as const,
      workerNotes: 'theirs',
    };
    await db.assignments.put(plan);
    const c: ConflictRecord = {
      rowId: plan.id,
      table: 'assignments',
      code: 'edited_elsewhere',
      fields: ['status', 'workerNotes', 'task'],
      mine: { ...plan, status: 'done', workerNotes: 'mine', task: 'alt' },
      theirs: plan,
      at: plan.updatedAt,
    };
    await db.conflicts.put(c);
    expect(await editAfterConflict(db, user, c)).toBe(`/einsatz/${plan.id}`);
    expect(await db.assignments.get(plan.id)).toMatchObject({
      status: 'done',
      workerNotes: 'mine',
      task: 'neu geplant',
    });
    expect((await db.outbox.toArray()).map((e) => e.name)).toEqual(['assignment.update']);
  });
});
