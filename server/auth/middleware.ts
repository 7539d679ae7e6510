import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../shared/errors/errors';
import type { Capability } from '../../shared/capabilities/capabilities';
import type { AppEnv } from '../http/context';
import { cookieValue } from '../http/cookie';
import { wasRevoked } from './ended-sessions';
import { cachedUserForToken, recentSessionIdOf, SESSION_COOKIE, userForToken } from './sessions';

function admit(c: Context<AppEnv>, found: Awaited<ReturnType<typeof userForToken>> | 'revoked'): void {
  if (found === 'ended') throw new AppError('access_ended', 'Your access to this association has ended');
  if (found === 'revoked') throw new AppError('session_revoked', 'Your access was ended by an administrator');
  if (!found) throw new AppError('unauthenticated', 'Not logged in or session expired');
  c.set('user', found.user);
  c.set('sessionId', found.sessionId);
}

/**
 * Throws 401 without a live session; sets `user` and `sessionId` for the handlers. Returns a promise
 * only when the database must be asked: a session in memory is decided without waiting a turn.
 */
export function authenticate(c: Context<AppEnv>): Promise<void> | undefined {
  const token = cookieValue(c.req.header('cookie'), SESSION_COOKIE);
  if (!token) {
    admit(c, null);
    return undefined;
  }
  const deps = c.get('deps');
  const now = deps.clock();
  const cached = cachedUserForToken(deps.db, token, now);
  if (cached !== undefined) {
    admit(c, cached);
    return undefined;
  }
  return userForToken(deps.db, token, now, deps.sessionDays).then(async (found) => {
    // An unknown token may be one a deactivation ended: that device must drop the association's data.
    const revoked = found === null && (await wasRevoked(deps.db, recentSessionIdOf(token), now));
    admit(c, revoked ? 'revoked' : found);
  });
}

/** Rejects requests without a live session with 401; sets `user` for the handlers. */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  await authenticate(c);
  await next();
});

export const requireCapability = (capability: Capability) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!c.get('user').capabilities.includes(capability))
      throw new AppError('forbidden', `Missing right: ${capability}`);
    await next();
  });
