import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import type { DB } from '../db/schema';
import type { AppEnv } from '../http/context';
import { isHttps } from '../http/proxy-trust';
import { createSession, SESSION_COOKIE, toSessionUser } from './sessions';

/** A person with what a session needs (their association's name and time zone); callers add the filter. */
export const sessionPeople = (db: Kysely<DB>) =>
  db
    .selectFrom('people as p')
    .innerJoin('associations as a', 'a.id', 'p.associationId')
    .select([
      'p.id',
      'p.associationId',
      'a.name as associationName',
      'a.timeZone',
      'p.email',
      'p.displayName',
      'p.roles',
      'p.municipalityId',
    ]);

type SessionPerson = Parameters<typeof toSessionUser>[0];

/** Opens a session for the person (login, a password set by invitation): the user and the cookie's token. */
export async function openSession(
  db: Kysely<DB>,
  person: SessionPerson,
  now: Date,
  days: number,
): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
  const session = await createSession(db, person, now, days);
  return { user: toSessionUser(person), ...session };
}

/** The session cookie: HttpOnly, Lax, Secure over HTTPS (or as configured). */
export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date): void {
  const { cookieSecure, trustProxy } = c.get('deps');
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: cookieSecure === 'auto' ? isHttps(c, trustProxy) : cookieSecure === 'true',
    path: '/',
    expires: expiresAt,
  });
}
