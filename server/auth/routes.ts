import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { loginRequestSchema } from '../../shared/auth/schemas';
import { AppError } from '../../shared/errors/errors';
import type { AppEnv } from '../http/context';
import { clientAddress } from '../http/proxy-trust';
import { type BodyLimits, jsonBody } from '../http/validate';
import { hashSlots } from './hash-slots';
import { requireUser } from './middleware';
import { dummyVerify, verifyPassword } from './password';
import { endSession, SESSION_COOKIE } from './sessions';
import { openSession, sessionPeople, setSessionCookie } from './start-session';
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  claimAttempt,
  clearAttempts,
  forgiveAttempt,
  PAIR_RULE,
  pruneAttempts,
} from './throttle';

/** An e-mail and a password fit in a few hundred bytes; nothing bigger is read. */
const LOGIN_LIMITS: BodyLimits = { maxBytes: 4096, maxDepth: 2, maxItems: 8 };

export const authRoutes = new Hono<AppEnv>()
  .post('/login', jsonBody(loginRequestSchema, LOGIN_LIMITS), async (c) => {
    const { db, clock, sessionDays, trustProxy } = c.get('deps');
    const { email: typed, password } = c.req.valid('json');
    const email = typed.toLowerCase();
    const address = clientAddress(c, trustProxy);
    const now = clock().getTime();
    // Each attempt is counted before the password is checked; an address throttled on this account
    // adds nothing to the account's own count, so an attacker cannot slow down the owner elsewhere.
    const keys = [
      { key: `pair:${email}|${address}`, rule: PAIR_RULE },
      { key: `addr:${address}`, rule: ADDRESS_RULE },
      { key: `acct:${email}`, rule: ACCOUNT_RULE },
    ] as const;
    for (const { key, rule } of keys) {
      const wait = await claimAttempt(db, key, rule, now);
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        throw new AppError(
          'too_many_requests',
          `Too many login attempts; try again in ${wait < 60 ? `${wait} s` : `${Math.ceil(wait / 60)} min`}`,
        );
      }
    }
    const row = await sessionPeople(db)
      .select('p.passwordHash')
      .where('p.email', '=', email)
      .where('p.active', '=', 1)
      .where('p.deleted', '=', 0)
      .executeTakeFirst();
    // Unknown accounts cost a hash too, so timing does not tell which e-mails exist.
    const ok = await hashSlots.run(() =>
      row?.passwordHash ? verifyPassword(password, row.passwordHash) : dummyVerify(password),
    );
    if (!row || !ok) throw new AppError('unauthenticated', 'E-mail or password is wrong');
    await clearAttempts(db, keys[0].key);
    await forgiveAttempt(db, keys[1].key, ADDRESS_RULE, now);
    await forgiveAttempt(db, keys[2].key, ACCOUNT_RULE, now);
    await pruneAttempts(db, now);
    const { user, token, expiresAt } = await openSession(db, row, clock(), sessionDays);
    setSessionCookie(c, token, expiresAt);
    return c.json({ user });
  })
  .post('/logout', requireUser, async (c) => {
    await endSession(c.get('deps').db, c.get('sessionId'));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true as const });
  })
  .get('/me', requireUser, (c) => c.json({ user: c.get('user') }));
