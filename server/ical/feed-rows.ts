import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { FeedEvent } from './feed';

const DAY_MS = 86_400_000;
/** Cancelled assignments stay this long after their cancellation, so calendars learn of it (DOMAIN.md). */
export const CANCELLED_KEPT_DAYS = 30;
/** How far back the feed reaches: older assignments no longer help anyone's calendar. */
export const PAST_DAYS = 365;

/** The person's assignments for the feed: live ones from a year back, cancelled ones for 30 days. */
export async function feedEventsOf(
  db: Kysely<DB>,
  who: { personId: string; associationId: string },
  now: Date,
): Promise<FeedEvent[]> {
  const past = new Date(now.getTime() - PAST_DAYS * DAY_MS).toISOString();
  const cancelledSince = new Date(now.getTime() - CANCELLED_KEPT_DAYS * DAY_MS).toISOString();
  return db
    .selectFrom('assignments as a')
    .innerJoin('serviceTypes as st', 'st.id', 'a.serviceTypeId')
    .innerJoin('municipalities as m', 'm.id', 'a.municipalityId')
    .innerJoin('sites as s', 's.id', 'a.siteId')
    .select([
      'a.id',
      'a.rev',
      'a.updatedAt',
      'a.plannedStart',
      'a.plannedEnd',
      'a.status',
      'a.task',
      'st.name as serviceType',
      'm.name as municipality',
      's.name as site',
      's.street',
      's.postalCode',
      's.city',
    ])
    .where('a.associationId', '=', who.associationId)
    .where('a.personId', '=', who.personId)
    .where('a.deleted', '=', 0)
    .where('a.plannedEnd', '>=', past)
    .where((eb) => eb.or([eb('a.status', '!=', 'cancelled'), eb('a.updatedAt', '>=', cancelledSince)]))
    .orderBy('a.plannedStart')
    .execute()
    .then((rows) =>
      rows.map(({ street, postalCode, city, rev, ...r }) => ({
        ...r,
        rev: Number(rev),
        address: [street, [postalCode, city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
      })),
    );
}
