import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, Deps } from './context';

/**
 * What every request needs, in one middleware (each layer costs a step on the no-op pull, which
 * every device makes every minute): the deps for the handlers, and a body check only for requests
 * that can carry a body. hono/body-limit reads `req.raw.body` even for GET, which makes
 * @hono/node-server build a full Request per call (most of a no-op pull's CPU).
 */
export const requestSetup = (deps: Deps, limit: MiddlewareHandler): MiddlewareHandler<AppEnv> =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set('deps', deps);
    return c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next);
  });
