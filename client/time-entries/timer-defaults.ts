import type { SessionUser } from '../../shared/auth/schemas';
import { dateIn } from '../../shared/time/dates';
import { myAssignments, onDate } from '../assignments/queries';
import type { LocalDb } from '../db/local-db';
import type { TimerChoice } from './timer-store';
import { trustedNow } from '../sync/server-clock';

/**
 * What the timer most likely runs for, so starting it is one tap: today's started (else next
 * planned) assignment, otherwise the place and kind of work of the latest entry.
 */
export async function timerDefaults(db: LocalDb, user: SessionUser, now = trustedNow()): Promise<TimerChoice | null> {
  const today = onDate(await myAssignments(db, user.id), dateIn(user.timeZone, now), user.timeZone);
  const open = today.filter((a) => a.status === 'started' || a.status === 'planned');
  const a =
    open.find((x) => x.status === 'started') ?? open.find((x) => Date.parse(x.plannedEnd) > now.getTime()) ?? open[0];
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
