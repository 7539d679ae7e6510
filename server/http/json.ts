import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

const gzipAsync = promisify(gzip);

/** Below this many bytes gzip costs more time than the bytes it saves (hono/compress's own default). */
export const COMPRESS_THRESHOLD = 1024;

const acceptsGzip = (c: Context): boolean => /\bgzip\b/i.test(c.req.header('Accept-Encoding') ?? '');

/**
 * A JSON answer, gzip-compressed when the client accepts gzip and the text is large enough to pay
 * for it (pull pages, push results, the API description). Done here rather than by a middleware:
 * a middleware only sees the finished Response and must read its body back, which makes
 * @hono/node-server build a full web Response and stream for every answer, the largest CPU cost
 * of a no-op pull. gzip runs on libuv's thread pool, so a large page does not block other requests.
 */
export function jsonResponse(c: Context, value: unknown, status: ContentfulStatusCode = 200): Response | Promise<Response> {
  return jsonTextResponse(c, JSON.stringify(value), status);
}

/** As jsonResponse, for JSON already serialized. A promise only when it compresses. */
export function jsonTextResponse(c: Context, text: string, status: ContentfulStatusCode = 200, extraHeaders?: Record<string, string>): Response | Promise<Response> {
  if (text.length < COMPRESS_THRESHOLD) return c.body(text, status, { 'Content-Type': 'application/json', ...extraHeaders });
  const headers = { 'Content-Type': 'application/json', Vary: 'Accept-Encoding', ...extraHeaders };
  if (!acceptsGzip(c)) return c.body(text, status, headers);
  return gzipped(c, text, status, headers);
}

async function gzipped(c: Context, text: string, status: ContentfulStatusCode, headers: Record<string, string>): Promise<Response> {
  const zipped = await gzipAsync(text);
  return c.body(new Uint8Array(zipped.buffer, zipped.byteOffset, zipped.byteLength), status, { ...headers, 'Content-Encoding': 'gzip' });
}
