import { hash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { capabilities, can, type Role } from '../../shared/capabilities/capabilities';
import type { SessionUser } from '../../shared/auth/schemas';
import { preparedQuery } from '../db/prepared';
import type { DB } from '../db/schema';

export const SESSION_COOKIE = 'ikz_session';
const TOUCH_AFTER_MS = 60 * 60_000;

/** Only the hash of the token is stored, so a leaked database does not leak live sessions. */
export const sessionIdOf = (token: string): string => hash('sha256', token, 'base64url');

export async function createSession(db: Kysely<DB>, person: { id: string; associationId: string }, now: Date, days: number): Promise<{ token: string; expiresAt: Date }> {
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
  };
}

// Every authenticated request runs this, so it is compiled once (see preparedQuery).
const sessionLookup = preparedQuery<{ sessionId: string }>()((db, arg) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('people as p', 'p.id', 's.personId')
    .innerJoin('associations as a', 'a.id', 's.associationId')
    .select(['p.id', 's.associationId', 'p.associationId as personAssociationId', 'a.name as associationName', 'a.timeZone', 'p.email', 'p.displayName', 'p.roles', 'p.active', 'p.deleted', 's.expiresAt', 's.lastSeenAt'])
    .where('s.id', '=', arg('sessionId')),
);

/**
 * The user behind a session token; null when it is unknown or expired; 'ended' when the person
 * was deactivated or left the association, so devices can remove that person's data.
 */
export async function userForToken(db: Kysely<DB>, token: string, now: Date, days: number): Promise<{ user: SessionUser; sessionId: string } | 'ended' | null> {
  const sessionId = sessionIdOf(token);
  const [row] = await sessionLookup(db, { sessionId });
  if (!row || Date.parse(row.expiresAt) <= now.getTime()) return null;
  if (row.active !== 1 || row.deleted !== 0 || row.personAssociationId !== row.associationId) return 'ended';
  // Sliding expiry, written at most once an hour to keep reads cheap.
  if (now.getTime() - Date.parse(row.lastSeenAt) > TOUCH_AFTER_MS) {
    await db
      .updateTable('sessions')
      .set({ lastSeenAt: now.toISOString(), expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString() })
      .where('id', '=', sessionId)
      .execute();
  }
  return { user: toSessionUser(row), sessionId };
}

export async function endSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}
