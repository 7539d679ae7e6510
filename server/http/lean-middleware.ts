import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../shared/errors/errors';
import type { AppEnv, Deps } from './context';
import { handleError } from './errors';
import { isCrossOrigin } from './same-origin';
import { addSecurityHeaders } from './security-headers';

/**
 * What every request needs, in one middleware (each layer costs a step on the no-op pull, which
 * every device makes every minute): the deps for the handlers; for requests that change state, the
 * same-origin check; security headers on every answer. Errors of this layer are answered here, so
 * their answers get the headers too. Nothing here touches the body: hono/body-limit read
 * `req.raw.body` even for GET, which made @hono/node-server build a full Request per call (most of a
 * no-op pull's CPU), and buffered bodies without a Content-Length whole; each route's jsonBody()
 * reads its body within that route's limits instead.
 */
export const requestSetup = (deps: Deps): MiddlewareHandler<AppEnv> =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set('deps', deps);
    const method = c.req.method;
    const changes = method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
    if (changes && isCrossOrigin(c, deps.trustProxy)) {
      c.res = handleError(new AppError('forbidden', 'Requests from other sites may not change anything here'), c);
    } else {
      await next();
    }
    addSecurityHeaders(c, deps.trustProxy);
  });
