import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/assignments/schema';
import { newId } from '../../shared/ids/ids';
import { LocalDb } from '../db/local-db';
import { staffUser } from '../testing/fixtures';
import { timerDefaults } from './timer-defaults';

const user = staffUser();
const now = new Date('2025-11-20T09:00:00Z'); // 10:00 in Vienna
const assignment = (over: Partial<Assignment>): Assignment => ({
  id: newId(),
  rev: 1,
  updatedAt: now.toISOString(),
  personId: user.id,
  municipalityId: newId(),
  siteId: newId(),
  serviceTypeId: newId(),
  plannedStart: '2025-11-20T07:00:00.000Z',
  plannedEnd: '2025-11-20T11:00:00.000Z',
  task: '',
  status: 'planned',
  workerNotes: '',
  ...over,
});

let db: LocalDb;
afterEach(async () => {
  await db.delete();
});
const open = async () => {
  db = new LocalDb(`defaults-${newId()}`);
  await db.open();
};

describe('timerDefaults', () => {
  it("prefers today's started assignment over a planned one", async () => {
    await open();
    const started = assignment({
      status: 'started',
      plannedStart: '2025-11-20T12:00:00.000Z',
      plannedEnd: '2025-11-20T14:00:00.000Z',
    });
    await db.assignments.bulkPut([assignment({}), started, assignment({ status: 'done' })]);
    expect(await timerDefaults(db, user, now)).toMatchObject({
      assignmentId: started.id,
      municipalityId: started.municipalityId,
    });
  });

  it('ignores other days and other people, then falls back to the latest entry', async () => {
    await open();
    await db.assignments.bulkPut([
      assignment({ plannedStart: '2025-11-19T07:00:00.000Z' }),
      assignment({ personId: newId() }),
    ]);
    const base = {
      personId: user.id,
      rev: 1,
      updatedAt: now.toISOString(),
      end: '12:00',
      breakMinutes: 0,
      siteId: null,
      assignmentId: null,
      note: '',
      state: 'draft' as const,
    };
    const latest = {
      ...base,
      id: newId(),
      date: '2025-11-19',
      start: '13:00',
      municipalityId: newId(),
      serviceTypeId: newId(),
    };
    await db.timeEntries.bulkPut([
      { ...base, id: newId(), date: '2025-11-19', start: '08:00', municipalityId: newId(), serviceTypeId: newId() },
      latest,
      { ...base, id: newId(), date: '2025-11-03', start: '18:00', municipalityId: newId(), serviceTypeId: newId() },
      // Someone else's later entry (a coordinator's device holds everyone's) does not count.
      {
        ...base,
        id: newId(),
        personId: newId(),
        date: '2025-11-20',
        start: '07:00',
        municipalityId: newId(),
        serviceTypeId: newId(),
      },
      {
        ...base,
        id: newId(),
        personId: `${user.id}x`,
        date: '2025-11-21',
        start: '07:00',
        municipalityId: newId(),
        serviceTypeId: newId(),
      },
    ]);
    expect(await timerDefaults(db, user, now)).toEqual({
      assignmentId: null,
      municipalityId: latest.municipalityId,
      siteId: null,
      serviceTypeId: latest.serviceTypeId,
    });
  });

  it('suggests nothing on a fresh device', async () => {
    await open();
    expect(await timerDefaults(db, user, now)).toBeNull();
  });
});
