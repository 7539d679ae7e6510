import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, type ErrorBody, type ErrorCode, httpStatusOf } from '../../shared/errors/errors';
import type { AppEnv } from './context';

function body(c: Context<AppEnv>, code: ErrorCode, message: string, details?: ErrorBody['details']): ErrorBody {
  return { code, message, ...(details ? { details } : {}), requestId: c.get('requestId') };
}

/** The one place that turns errors into `{code, message, details?, requestId}`. */
export function handleError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof AppError) {
    return c.json(body(c, err.code, err.message, err.details), httpStatusOf[err.code]);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const code: ErrorCode = err.status === 413 ? 'payload_too_large' : err.status === 401 ? 'unauthenticated' : 'bad_request';
    return c.json(body(c, code, err.message || 'Bad request'), httpStatusOf[code]);
  }
  console.error(`[${c.get('requestId')}]`, err);
  return c.json(body(c, 'internal_error', 'Internal error'), 500);
}

export function notFound(c: Context<AppEnv>): Response {
  return c.json(body(c, 'not_found', `No route ${c.req.method} ${c.req.path}`), 404);
}
