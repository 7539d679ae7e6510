import type { SessionUser } from '../../shared/auth/schemas';
import type { TimeEntry } from '../../shared/time-entries/schema';
import type { LocalDb, TimerState } from '../db/local-db';
import { createTimeEntry } from './local-writes';
import { timerSpans } from './timer';
import { trustedNow } from '../sync/server-clock';

export const TIMER_ID = 'current';
export type TimerChoice = Omit<TimerState, 'id' | 'startedAt'>;

/** Starts the one timer; false when one is already running (another tab, another page). */
export async function startTimer(db: LocalDb, choice: TimerChoice, now = trustedNow()): Promise<boolean> {
  return db.transaction('rw', db.timer, async () => {
    if (await db.timer.get(TIMER_ID)) return false;
    await db.timer.put({ id: TIMER_ID, startedAt: now.toISOString(), ...choice });
    return true;
  });
}

/**
 * Turns the running timer into entries. Entries and timer removal share one transaction, and
 * the timer row goes only after the entries are written: a failure keeps the timer running.
 */
export async function stopTimer(db: LocalDb, user: SessionUser, now = trustedNow()): Promise<TimeEntry[]> {
  return db.transaction('rw', [db.timer, ...db.entryTables, db.outbox], async () => {
    const timer = await db.timer.get(TIMER_ID);
    if (!timer) return [];
    const created: TimeEntry[] = [];
    for (const span of timerSpans(new Date(timer.startedAt), now, user.timeZone)) {
      const entry = {
        ...span,
        breakMinutes: 0,
        municipalityId: timer.municipalityId,
        siteId: timer.siteId,
        serviceTypeId: timer.serviceTypeId,
        assignmentId: timer.assignmentId,
        note: '',
      };
      created.push(await createTimeEntry(db, user, entry, now));
    }
    await db.timer.delete(TIMER_ID);
    return created;
  });
}
