import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { LocalDb } from '../db/local-db';
import { staffUser } from '../testing/fixtures';
import { startTimer, stopTimer, TIMER_ID } from './timer-store';

const user = staffUser();
const choice = { assignmentId: null, municipalityId: newId(), siteId: null, serviceTypeId: newId() };
let db: LocalDb;
const open = async () => {
  db = new LocalDb(`timer-${newId()}`);
  await db.open();
  return db;
};
afterEach(async () => {
  await db.delete();
});

describe('timer store', () => {
  it('starts once and refuses a second timer', async () => {
    await open();
    expect(await startTimer(db, choice, new Date('2025-11-20T07:00:00Z'))).toBe(true);
    expect(await startTimer(db, choice, new Date('2025-11-20T08:00:00Z'))).toBe(false);
    expect((await db.timer.get(TIMER_ID))?.startedAt).toBe('2025-11-20T07:00:00.000Z');
  });

  it('stops into entries with outbox mutations and removes the timer', async () => {
    await open();
    await startTimer(db, choice, new Date('2025-11-20T21:00:00Z'));
    const created = await stopTimer(db, user, new Date('2025-11-21T01:00:00Z'));
    expect(created.map((e) => [e.date, e.start, e.end, e.breakMinutes, e.state])).toEqual([
      ['2025-11-20', '22:00', '23:59', 0, 'draft'],
      ['2025-11-21', '00:00', '02:00', 0, 'draft'],
    ]);
    expect(await db.timeEntries.count()).toBe(2);
    expect((await db.outbox.toArray()).map((o) => o.name)).toEqual(['timeEntry.create', 'timeEntry.create']);
    expect(await db.timer.get(TIMER_ID)).toBeUndefined();
  });

  it('keeps the timer when the entry cannot be written', async () => {
    await open();
    await startTimer(db, { ...choice, municipalityId: 'not-an-id' }, new Date('2025-11-20T07:00:00Z'));
    await expect(stopTimer(db, user, new Date('2025-11-20T08:00:00Z'))).rejects.toThrow();
    expect(await db.timer.get(TIMER_ID)).toBeDefined();
    expect(await db.timeEntries.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('does nothing when no timer runs', async () => {
    await open();
    expect(await stopTimer(db, user)).toEqual([]);
  });
});
