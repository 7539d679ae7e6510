import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { AppError, issuesFromZod } from '../../shared/errors/errors';
import type { AppEnv } from './context';
import { type JsonShapeLimits, JsonShapeScanner } from './json-shape';

function check<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('validation_failed', `Invalid ${what}`, issuesFromZod(result.error));
  return result.data;
}

/** A request body's limits: bytes (before reading), then depth and items (before parsing). */
export type BodyLimits = JsonShapeLimits & { maxBytes: number };

/**
 * The push's size: a device's batch of MAX_PUSH_MUTATIONS (500) fits even with notes of the longest
 * length in plain UTF-8 text; a batch over it (notes full of escaped characters) is answered 413 and the
 * device sends it again in halves (client/sync/engine.ts). A million empty mutations are refused unparsed.
 */
export const DEFAULT_BODY_LIMITS: BodyLimits = { maxBytes: 4 * 1024 * 1024, maxDepth: 16, maxItems: 1000 };

const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * Reads the body as text, refusing it as soon as it is known to be larger than `maxBytes` or to have
 * a shape beyond the limits: a hostile body is refused after its first piece, not after all of it.
 */
async function boundedJsonText(c: Context, limits: BodyLimits): Promise<string> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > limits.maxBytes)
    throw new AppError('payload_too_large', `Request body exceeds ${limits.maxBytes} bytes`);
  const body = c.req.raw.body;
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const scanner = new JsonShapeScanner(limits);
  const pieces: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    const piece = done ? decoder.decode() : decoder.decode(value, { stream: true });
    const problem =
      (size += value?.byteLength ?? 0) > limits.maxBytes
        ? `Request body exceeds ${limits.maxBytes} bytes`
        : scanner.feed(piece);
    if (problem) {
      void reader.cancel().catch(() => {});
      throw new AppError('payload_too_large', problem);
    }
    pieces.push(piece);
    if (done) return pieces.join('');
  }
}

/**
 * Validates the JSON body with a shared schema. Size, then nesting and list lengths, are checked
 * before anything is parsed, so no body can make the server work for long; malformed JSON and other
 * content types get 400 (a form post from another site carries no JSON).
 */
export const jsonBody =
  <S extends z.ZodType>(
    schema: S,
    limits: BodyLimits = DEFAULT_BODY_LIMITS,
  ): MiddlewareHandler<AppEnv, string, { in: { json: z.input<S> }; out: { json: z.output<S> } }> =>
  async (c, next) => {
    if (!JSON_TYPE.test(c.req.header('content-type') ?? ''))
      throw new AppError('bad_request', 'Expected Content-Type: application/json');
    const text = await boundedJsonText(c, limits);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new AppError('bad_request', 'Malformed JSON in request body');
    }
    c.req.addValidatedData('json', check(schema, value, 'request body') as object);
    await next();
  };

/**
 * The query parsed with a shared schema inside a handler. For paths every device calls every minute
 * (the pull): hono's validator middleware first inspects the content type and adds a middleware step,
 * together a tenth of a no-op pull's CPU.
 */
export const parseQuery = <S extends z.ZodType>(c: Context, schema: S): z.infer<S> =>
  check(schema, c.req.query(), 'query');

/**
 * parseQuery with the results of the last `max` distinct query strings remembered. A device that polls
 * while nothing changes sends the same query each time (same cursor, same client id), and parsing and
 * validating it was the largest part of such a pull's own CPU. Parsing is a pure function of the text,
 * so a remembered result is exactly what parsing again would give; invalid queries are not kept.
 */
export function memoizedQueryParser<S extends z.ZodType>(schema: S, max = 2000): (c: Context) => z.infer<S> {
  const seen = new Map<string, z.infer<S>>();
  return (c) => {
    const url = c.req.url;
    const at = url.indexOf('?');
    const key = at === -1 ? '' : url.slice(at + 1);
    const hit = seen.get(key);
    if (hit !== undefined) return hit;
    const parsed = Object.freeze(parseQuery(c, schema)) as z.infer<S>;
    if (seen.size >= max) seen.delete(seen.keys().next().value as string);
    seen.set(key, parsed);
    return parsed;
  };
}
