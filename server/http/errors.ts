import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, type ErrorBody, type ErrorCode, httpStatusOf } from '../../shared/errors/errors';
import type { AppEnv } from './context';

/**
 * The id that ties an error answer to its log line: the proxy's X-Request-Id when it sent a sane
 * one, otherwise a new one. Made only when an error is answered, since putting a header on every
 * answer (hono/request-id) made @hono/node-server build a Headers object per request, which cost
 * more CPU than a whole no-op pull.
 */
function requestIdOf(c: Context<AppEnv>): string {
  const incoming = c.req.header('X-Request-Id');
  const id = incoming && /^[\w\-=]{1,255}$/.test(incoming) ? incoming : randomUUID();
  c.header('X-Request-Id', id);
  return id;
}

function body(c: Context<AppEnv>, code: ErrorCode, message: string, details?: ErrorBody['details']): ErrorBody {
  return { code, message, ...(details ? { details } : {}), requestId: requestIdOf(c) };
}

type NodeBindings = { incoming?: { destroyed?: boolean; readableAborted?: boolean } };

/**
 * Whether the client hung up before its request arrived whole: reading the body then fails, through no fault of ours.
 */
function clientAborted(c: Context<AppEnv>): boolean {
  const incoming = (c.env as NodeBindings | undefined)?.incoming;
  return incoming?.readableAborted === true || incoming?.destroyed === true;
}

/** The one place that turns errors into `{code, message, details?, requestId}`. */
export function handleError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof AppError) {
    return c.json(body(c, err.code, err.message, err.details), httpStatusOf[err.code]);
  }
  if (clientAborted(c)) {
    const answer = body(c, 'bad_request', 'The client closed the connection before the request was complete');
    console.warn(`[${answer.requestId}] client aborted ${c.req.method} ${c.req.path} (${err.message})`);
    return c.json(answer, 400);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const code: ErrorCode =
      err.status === 413 ? 'payload_too_large' : err.status === 401 ? 'unauthenticated' : 'bad_request';
    return c.json(body(c, code, err.message || 'Bad request'), httpStatusOf[code]);
  }
  const answer = body(c, 'internal_error', 'Internal error');
  console.error(`[${answer.requestId}]`, err);
  return c.json(answer, 500);
}

export function notFound(c: Context<AppEnv>): Response {
  return c.json(body(c, 'not_found', `No route ${c.req.method} ${c.req.path}`), 404);
}
