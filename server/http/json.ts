import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv, Deps } from './context';
import { type ContentCoding, preferredCoding } from './encoding';
import { apiJsonHeaders, markSecured } from './security-headers';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Below this many bytes compressing costs more time than the bytes it saves (hono/compress's own default). */
export const COMPRESS_THRESHOLD = 1024;

/**
 * A JSON answer, compressed (brotli or gzip, see preferredCoding) when the client accepts it and
 * the text is large enough to pay for it (pull pages, push results, the API description). Done
 * here rather than by a middleware: a middleware only sees the finished Response and must read its
 * body back, which makes @hono/node-server build a full web Response and stream for every answer,
 * the largest CPU cost of a no-op pull. Compression runs on libuv's thread pool, so a large page
 * does not block other requests.
 */
export function jsonResponse(
  c: Context<AppEnv>,
  value: unknown,
  status: ContentfulStatusCode = 200,
): Response | Promise<Response> {
  return jsonTextResponse(c, JSON.stringify(value), status);
}

/**
 * As jsonResponse, for JSON already serialized. A promise only when it compresses. The Response is
 * made here with the precomputed API header set (security headers included) rather than through
 * c.body(): hono builds a Headers object for more than one header, @hono/node-server writes a plain
 * record as it is. Headers set earlier with c.header() are therefore not carried; callers set none.
 */
export function jsonTextResponse(
  c: Context<AppEnv>,
  text: string,
  status: ContentfulStatusCode = 200,
  extraHeaders?: Record<string, string>,
): Response | Promise<Response> {
  // Outside the app (unit tests of this helper) there are no deps and no trusted proxies.
  const base = apiJsonHeaders(c, (c.get('deps') as Deps | undefined)?.trustProxy);
  if (text.length < COMPRESS_THRESHOLD)
    return markSecured(new Response(text, { status, headers: extraHeaders ? { ...base, ...extraHeaders } : base }));
  const headers = { ...base, Vary: 'Accept-Encoding', ...extraHeaders };
  const coding = preferredCoding(c.req.header('Accept-Encoding'));
  if (!coding) return markSecured(new Response(text, { status, headers }));
  return compressed(text, coding, status, headers);
}

/**
 * Brotli at quality 5: on sync pages 10–30 % fewer bytes than gzip for about 1.4 times its CPU
 * (BENCHMARKS.md); higher qualities cost several times more for a few per cent.
 */
const compress = (text: string, coding: ContentCoding): Promise<Buffer> =>
  coding === 'gzip'
    ? gzipAsync(text)
    : brotliAsync(text, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text),
        },
      });

async function compressed(
  text: string,
  coding: ContentCoding,
  status: ContentfulStatusCode,
  headers: Record<string, string>,
): Promise<Response> {
  const body = await compress(text, coding);
  // zlib's output is never a SharedArrayBuffer; its type just does not say so.
  return markSecured(
    new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), {
      status,
      headers: { ...headers, 'Content-Encoding': coding },
    }),
  );
}
