import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context';

/** Below this many bytes gzip costs more time than the bytes it saves (hono/compress's own default). */
export const COMPRESS_THRESHOLD = 1024;

/**
 * Runs hono/compress only where it can do something: when the client accepts gzip or deflate, and then
 * not for small JSON answers. c.json() sets no Content-Length, so compress() used to put every answer,
 * even a 300-byte empty pull, through a fresh gzip stream (about half a millisecond of CPU each), and
 * without Accept-Encoding it still rebuilt each response to add a Vary header.
 */
export const compressLarge = (compress: MiddlewareHandler): MiddlewareHandler<AppEnv> =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!/gzip|deflate/i.test(c.req.header('Accept-Encoding') ?? '')) return next();
    return compress(c, async () => {
      await next();
      const res = c.res;
      if (res.headers.has('Content-Length') || !res.headers.get('Content-Type')?.startsWith('application/json') || !res.body) return;
      const text = await res.text();
      const length = Buffer.byteLength(text);
      c.res = new Response(text, res);
      if (length < COMPRESS_THRESHOLD) c.res.headers.set('Content-Length', String(length));
    });
  });

/**
 * Applies a body check only to requests that can carry a body. hono/body-limit reads `req.raw.body`
 * even for GET, which makes @hono/node-server build a full Request per call (most of a no-op pull's CPU).
 */
export const onlyWithBody = (limit: MiddlewareHandler): MiddlewareHandler<AppEnv> =>
  createMiddleware<AppEnv>(async (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next)));
