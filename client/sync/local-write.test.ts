import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/assignments/schema';
import { newId } from '../../shared/ids/ids';
import { syncTables } from '../../shared/sync/protocol';
import { updateAssignment } from '../assignments/local-writes';
import { freshDbs } from '../testing/fresh-dbs';
import { rowStore } from '../db/local-db';
import { clientRecords } from './registry';

const now = new Date('2026-11-18T09:30:00Z');
const open = freshDbs('local-write');
const assignment = (): Assignment => ({
  id: newId(),
  rev: 3,
  updatedAt: now.toISOString(),
  personId: newId(),
  municipalityId: newId(),
  siteId: newId(),
  serviceTypeId: newId(),
  plannedStart: '2026-11-18T08:00:00.000Z',
  plannedEnd: '2026-11-18T10:00:00.000Z',
  task: 'Server tauschen',
  status: 'planned',
  workerNotes: '',
});

describe('generic local writes', () => {
  it('queues only the fields that changed, each with the value the device saw, named from the definition', async () => {
    const db = open();
    const row = assignment();
    await db.assignments.put(row);
    await updateAssignment(db, row.id, { status: 'started', workerNotes: '' }, now);
    expect(await db.outbox.toArray()).toMatchObject([
      {
        name: 'assignment.update',
        table: 'assignments',
        rowId: row.id,
        args: { id: row.id, baseRev: 3, base: { status: 'planned' }, changes: { status: 'started' } },
      },
    ]);
    // Nothing changed: nothing queued.
    await updateAssignment(db, row.id, { status: 'started' }, now);
    expect(await db.outbox.count()).toBe(1);
  });

  it('refuses a change to a row the device does not hold, and queues nothing', async () => {
    const db = open();
    await expect(updateAssignment(db, newId(), { status: 'done' }, now)).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.outbox.count()).toBe(0);
  });

  it('lists every stored id of every synced table, wherever its rows live', async () => {
    const db = open();
    const row = assignment();
    await db.assignments.put(row);
    const ids = Object.fromEntries(
      await Promise.all(syncTables.map(async (t) => [t, await clientRecords[t].ids(db)] as const)),
    );
    expect(ids).toMatchObject({ assignments: [row.id], timeEntries: [], municipalities: [] });
    expect(await rowStore(db, 'assignments').get(row.id)).toEqual(row);
  });
});
