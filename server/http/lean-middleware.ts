import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context';

/**
 * Applies a body check only to requests that can carry a body. hono/body-limit reads `req.raw.body`
 * even for GET, which makes @hono/node-server build a full Request per call (most of a no-op pull's CPU).
 */
export const onlyWithBody = (limit: MiddlewareHandler): MiddlewareHandler<AppEnv> =>
  createMiddleware<AppEnv>(async (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next)));
