import type { Context } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { AppError, issuesFromZod } from '../../shared/errors/errors';

function check<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('validation_failed', `Invalid ${what}`, issuesFromZod(result.error));
  return result.data;
}

/** Validates the JSON body with a shared schema; hono answers malformed JSON with 400 itself. */
export const jsonBody = <S extends z.ZodType>(schema: S) => validator('json', (value) => check(schema, value, 'request body'));

/**
 * The query parsed with a shared schema inside a handler. For paths every device calls every minute
 * (the pull): hono's validator middleware first inspects the content type and adds a middleware step,
 * together a tenth of a no-op pull's CPU.
 */
export const parseQuery = <S extends z.ZodType>(c: Context, schema: S): z.infer<S> => check(schema, c.req.query(), 'query');

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
