import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../shared/errors/errors';
import type { Capability } from '../../shared/capabilities/capabilities';
import type { AppEnv } from '../http/context';
import { cookieValue } from '../http/cookie';
import { SESSION_COOKIE, userForToken } from './sessions';

/** Throws 401 without a live session; sets `user` and `sessionId` for the handlers. */
export async function authenticate(c: Context<AppEnv>): Promise<void> {
  const token = cookieValue(c.req.header('cookie'), SESSION_COOKIE);
  const deps = c.get('deps');
  const found = token ? await userForToken(deps.db, token, deps.clock(), deps.sessionDays) : null;
  if (found === 'ended') throw new AppError('access_ended', 'Your access to this association has ended');
  if (!found) throw new AppError('unauthenticated', 'Not logged in or session expired');
  c.set('user', found.user);
  c.set('sessionId', found.sessionId);
}

/** Rejects requests without a live session with 401; sets `user` for the handlers. */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  await authenticate(c);
  await next();
});

export const requireCapability = (capability: Capability) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!c.get('user').capabilities.includes(capability)) throw new AppError('forbidden', `Missing right: ${capability}`);
    await next();
  });
