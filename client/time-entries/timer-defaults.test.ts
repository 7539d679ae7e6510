import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/assignments/schema';
import { newId } from '../../shared/ids/ids';
import { LocalDb } from '../db/local-db';
import { staffUser } from '../testing/fixtures';
import { suggestAssignment, timerDefaults } from './timer-defaults';

const user = staffUser();
const now = new Date('2025-11-20T09:00:00Z'); // 10:00 in Vienna
/** A moment on 2025-11-20 in Vienna (UTC+1 in November). */
const at = (hhmm: string) => new Date(`2025-11-20T${hhmm}:00+01:00`);
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

  it('suggests the latest ended assignment late in the afternoon, not the morning one', async () => {
    await open();
    const morning = assignment({ plannedStart: '2025-11-20T07:00:00.000Z', plannedEnd: '2025-11-20T10:00:00.000Z' });
    const afternoon = assignment({ plannedStart: '2025-11-20T12:00:00.000Z', plannedEnd: '2025-11-20T14:00:00.000Z' });
    await db.assignments.bulkPut([afternoon, morning]);
    expect(await timerDefaults(db, user, at('17:00'))).toMatchObject({ assignmentId: afternoon.id });
  });

  it('suggests nothing on a fresh device', async () => {
    await open();
    expect(await timerDefaults(db, user, now)).toBeNull();
  });
});

describe('suggestAssignment', () => {
  // 08:00–11:00 and 13:00–15:00 in Vienna; a cancelled one in the evening never counts.
  const morning = assignment({ plannedStart: '2025-11-20T07:00:00.000Z', plannedEnd: '2025-11-20T10:00:00.000Z' });
  const afternoon = assignment({ plannedStart: '2025-11-20T12:00:00.000Z', plannedEnd: '2025-11-20T14:00:00.000Z' });
  const cancelled = assignment({
    status: 'cancelled',
    plannedStart: '2025-11-20T16:00:00.000Z',
    plannedEnd: '2025-11-20T18:00:00.000Z',
  });
  const day = [afternoon, cancelled, morning];

  it('early in the morning: the first one coming', () => {
    expect(suggestAssignment(day, at('06:30'))?.id).toBe(morning.id);
  });

  it('while one runs: that one; between two: the next', () => {
    expect(suggestAssignment(day, at('09:00'))?.id).toBe(morning.id);
    expect(suggestAssignment(day, at('12:00'))?.id).toBe(afternoon.id);
  });

  it('late in the afternoon, all ended: the latest ended, not the morning', () => {
    expect(suggestAssignment(day, at('17:00'))?.id).toBe(afternoon.id);
    const finished = { ...afternoon, status: 'done' as const };
    expect(suggestAssignment([morning, finished, cancelled], at('17:00'))?.id).toBe(afternoon.id);
  });

  it('one marked done early gives way to the next, and a started one wins over the plan', () => {
    const doneEarly = { ...morning, status: 'done' as const };
    expect(suggestAssignment([doneEarly, afternoon], at('09:00'))?.id).toBe(afternoon.id);
    const startedLate = { ...afternoon, status: 'started' as const };
    expect(suggestAssignment([morning, startedLate], at('09:00'))?.id).toBe(startedLate.id);
  });

  it('suggests nothing when the day holds only cancelled work', () => {
    expect(suggestAssignment([cancelled], at('12:00'))).toBeNull();
  });
});
