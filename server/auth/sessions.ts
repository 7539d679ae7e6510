import { hash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { capabilities, can, type Role } from '../../shared/capabilities/capabilities';
import type { SessionUser } from '../../shared/auth/schemas';
import { preparedQuery } from '../db/prepared';
import { readCache } from '../db/cache/read-cache';
import { KEEPS_CACHES } from '../db/cache/table-versions';
import type { DB } from '../db/schema';

export const SESSION_COOKIE = 'ikz_session';
const TOUCH_AFTER_MS = 60 * 60_000;

/** Only the hash of the token is stored, so a leaked database does not leak live sessions. */
export const sessionIdOf = (token: string): string => hash('sha256', token, 'base64url');

/**
 * sessionIdOf for tokens seen lately: every device sends the same cookie every minute, and hashing
 * it was a tenth of a no-op pull's JavaScript. Holds only tokens that requests brought anyway; when
 * full it starts over rather than tracking age.
 */
const recentIds = new Map<string, string>();
export const RECENT_SESSION_IDS = 10_000;
export function recentSessionIdOf(token: string): string {
  let id = recentIds.get(token);
  if (id === undefined) {
    if (recentIds.size >= RECENT_SESSION_IDS) recentIds.clear();
    id = sessionIdOf(token);
    recentIds.set(token, id);
  }
  return id;
}

export async function createSession(
  db: Kysely<DB>,
  person: { id: string; associationId: string },
  now: Date,
  days: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  await db
    .insertInto('sessions')
    .values({
      id: sessionIdOf(token),
      personId: person.id,
      associationId: person.associationId,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      lastSeenAt: now.toISOString(),
    })
    .execute();
  return { token, expiresAt };
}

export function toSessionUser(row: {
  id: string;
  associationId: string;
  associationName: string;
  timeZone: string;
  email: string;
  displayName: string;
  roles: string;
  municipalityId: string | null;
}): SessionUser {
  const roles = JSON.parse(row.roles) as Role[];
  return {
    id: row.id,
    associationId: row.associationId,
    associationName: row.associationName,
    timeZone: row.timeZone,
    email: row.email,
    displayName: row.displayName,
    roles,
    capabilities: capabilities.filter((cap) => can({ roles }, cap)),
    municipalityId: row.municipalityId,
  };
}

// Every authenticated request runs this, so it is compiled once (see preparedQuery).
const sessionLookup = preparedQuery<{ sessionId: string }>()((db, arg) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('people as p', 'p.id', 's.personId')
    .innerJoin('associations as a', 'a.id', 's.associationId')
    .select([
      'p.id',
      's.associationId',
      'p.associationId as personAssociationId',
      'a.name as associationName',
      'a.timeZone',
      'p.email',
      'p.displayName',
      'p.roles',
      'p.municipalityId',
      'p.active',
      'p.deleted',
      's.expiresAt',
      's.lastSeenAt',
    ])
    .where('s.id', '=', arg('sessionId')),
);

type Found = { user: SessionUser; sessionId: string };

/** A cached user is shared by every request of that session: nothing may change it, arrays included. */
const frozen = (user: SessionUser): SessionUser =>
  Object.freeze({
    ...user,
    roles: Object.freeze([...user.roles]) as SessionUser['roles'],
    capabilities: Object.freeze([...user.capabilities]) as SessionUser['capabilities'],
  });
/** What a session lookup decided, kept per session while the tables it read are unchanged. */
type CachedSession = { expiresAt: number; lastSeenAt: number; found: Found | 'ended' };

/**
 * The user behind a session token; null when it is unknown or expired; 'ended' when the person
 * was deactivated or left the association, so devices can remove that person's data.
 * Every request of every device asks this, so the answer is cached in memory until sessions, people
 * or associations are written (see server/db/cache/table-versions.ts): a logout or a deactivation takes
 * effect with the next request to this process, and to other server processes once PostgreSQL's
 * notification of the commit reaches them (milliseconds).
 */
const sessionCache = (db: Kysely<DB>) =>
  readCache<string, CachedSession>(db, 'sessions', ['sessions', 'people', 'associations']);

/**
 * userForToken's answer when memory holds it and nothing needs writing; undefined when the database
 * must be asked. Synchronous, so the common request does not wait a turn for a promise.
 */
export function cachedUserForToken(db: Kysely<DB>, token: string, now: Date): Found | 'ended' | undefined {
  const session = sessionCache(db)?.get(recentSessionIdOf(token));
  if (!session || session.expiresAt <= now.getTime()) return undefined;
  if (session.found !== 'ended' && now.getTime() - session.lastSeenAt > TOUCH_AFTER_MS) return undefined;
  return session.found;
}

export async function userForToken(
  db: Kysely<DB>,
  token: string,
  now: Date,
  days: number,
): Promise<Found | 'ended' | null> {
  const sessionId = recentSessionIdOf(token);
  const cache = sessionCache(db);
  let session = cache?.get(sessionId);
  // A cached expiry is a lower bound (a touch elsewhere may have extended it): ask again before saying no.
  if (!session || session.expiresAt <= now.getTime()) {
    const stamp = cache?.stamp();
    const [row] = await sessionLookup(db, { sessionId });
    if (!row) return null;
    const ended = row.active !== 1 || row.deleted !== 0 || row.personAssociationId !== row.associationId;
    session = {
      expiresAt: Date.parse(row.expiresAt),
      lastSeenAt: Date.parse(row.lastSeenAt),
      found: ended ? 'ended' : { user: frozen(toSessionUser(row)), sessionId },
    };
    if (stamp !== undefined) cache?.set(sessionId, session, stamp);
  }
  if (session.expiresAt <= now.getTime()) return null;
  if (session.found === 'ended') return 'ended';
  // Sliding expiry, written at most once an hour to keep reads cheap.
  if (now.getTime() - session.lastSeenAt > TOUCH_AFTER_MS) {
    const touched = { ...session, lastSeenAt: now.getTime(), expiresAt: now.getTime() + days * 86_400_000 };
    await db
      .updateTable('sessions')
      .set({
        lastSeenAt: new Date(touched.lastSeenAt).toISOString(),
        expiresAt: new Date(touched.expiresAt).toISOString(),
      })
      .where('id', '=', sessionId)
      // Only moves the expiry later, so every cached session stays right (expiries are lower bounds)
      // and the cache is not emptied for it: with hundreds of devices a touch comes every few seconds.
      .modifyEnd(KEEPS_CACHES)
      .execute();
    if (cache) cache.set(sessionId, touched, cache.stamp());
  }
  return session.found;
}

export async function endSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}
