import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { loginRequestSchema } from '../../shared/auth/schemas';
import { AppError } from '../../shared/errors/errors';
import type { AppEnv } from '../http/context';
import { jsonBody } from '../http/validate';
import { requireUser } from './middleware';
import { dummyVerify, verifyPassword } from './password';
import { createSession, endSession, SESSION_COOKIE, toSessionUser } from './sessions';
import { clearFailures, lockedFor, recordFailure } from './throttle';

const secure = (mode: 'auto' | 'true' | 'false', url: string): boolean => (mode === 'auto' ? url.startsWith('https:') : mode === 'true');

export const authRoutes = new Hono<AppEnv>()
  .post('/login', jsonBody(loginRequestSchema), async (c) => {
    const { db, clock, sessionDays, cookieSecure } = c.get('deps');
    const { email, password } = c.req.valid('json');
    const key = `email:${email.toLowerCase()}`;
    const now = clock();
    const wait = await lockedFor(db, key, now);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      throw new AppError('too_many_requests', `Too many failed logins; try again in ${Math.ceil(wait / 60)} min`);
    }
    const row = await db
      .selectFrom('people as p')
      .innerJoin('associations as a', 'a.id', 'p.associationId')
      .select(['p.id', 'p.associationId', 'a.name as associationName', 'a.timeZone', 'p.email', 'p.displayName', 'p.roles', 'p.passwordHash'])
      .where('p.email', '=', email.toLowerCase())
      .where('p.active', '=', 1)
      .where('p.deleted', '=', 0)
      .executeTakeFirst();
    const ok = row?.passwordHash ? await verifyPassword(password, row.passwordHash) : await dummyVerify(password);
    if (!row || !ok) {
      await recordFailure(db, key, now);
      throw new AppError('unauthenticated', 'E-mail or password is wrong');
    }
    await clearFailures(db, key);
    const { token, expiresAt } = await createSession(db, row, now, sessionDays);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: secure(cookieSecure, c.req.url),
      path: '/',
      expires: expiresAt,
    });
    return c.json({ user: toSessionUser(row) });
  })
  .post('/logout', requireUser, async (c) => {
    await endSession(c.get('deps').db, c.get('sessionId'));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true as const });
  })
  .get('/me', requireUser, (c) => c.json({ user: c.get('user') }));
