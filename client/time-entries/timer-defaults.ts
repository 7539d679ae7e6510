import type { Assignment } from '../../shared/assignments/schema';
import type { SessionUser } from '../../shared/auth/schemas';
import { dateIn } from '../../shared/time/dates';
import { myAssignments, onDate } from '../assignments/queries';
import type { LocalDb } from '../db/local-db';
import type { TimerChoice } from './timer-store';
import { trustedNow } from '../sync/server-clock';

const startOf = (a: Assignment) => Date.parse(a.plannedStart);
const endOf = (a: Assignment) => Date.parse(a.plannedEnd);

/**
 * Which of today's assignments the timer most likely runs for: one she has started (she said so),
 * else the one planned for now, else the next, else the latest that ended (logging afterwards).
 */
export function suggestAssignment(today: readonly Assignment[], now: Date): Assignment | null {
  const at = now.getTime();
  const live = today.filter((a) => a.status !== 'cancelled');
  const started = live.filter((a) => a.status === 'started').sort((a, b) => startOf(b) - startOf(a));
  const pick =
    started.find((a) => startOf(a) <= at) ??
    started[0] ??
    live.find((a) => a.status === 'planned' && startOf(a) <= at && at < endOf(a)) ??
    live.filter((a) => a.status === 'planned' && startOf(a) > at).sort((a, b) => startOf(a) - startOf(b))[0] ??
    live.filter((a) => a.status === 'done' || endOf(a) <= at).sort((a, b) => endOf(b) - endOf(a))[0];
  return pick ?? null;
}

/**
 * What the timer most likely runs for, so starting it is one tap: today's assignment as above,
 * otherwise the place and kind of work of the latest entry.
 */
export async function timerDefaults(db: LocalDb, user: SessionUser, now = trustedNow()): Promise<TimerChoice | null> {
  const a = suggestAssignment(onDate(await myAssignments(db, user.id), dateIn(user.timeZone, now), user.timeZone), now);
  if (a)
    return { assignmentId: a.id, municipalityId: a.municipalityId, siteId: a.siteId, serviceTypeId: a.serviceTypeId };
  // Only the latest day is read: a device may hold years of entries, and this runs on every visit to Heute.
  const last = (await db.timeEntries.latestDay(user.id)).sort((x, y) => y.start.localeCompare(x.start))[0];
  return last
    ? {
        assignmentId: null,
        municipalityId: last.municipalityId,
        siteId: last.siteId,
        serviceTypeId: last.serviceTypeId,
      }
    : null;
}
