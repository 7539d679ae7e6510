import { AppError } from '../../shared/errors/errors';

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Push services are reached over https only; anything else (http, a file, a data or javascript URL) would
 * make the server send requests where a subscriber points it. Plain http is allowed to the loopback
 * address only when the configuration says so (the tests' own push service).
 */
export function assertPushEndpoint(endpoint: string, allowHttpLoopback: boolean): void {
  const url = new URL(endpoint);
  if (url.protocol === 'https:' && !url.username && !url.password) return;
  if (allowHttpLoopback && url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return;
  throw new AppError('bad_push_endpoint', 'A push endpoint must be an https address', [
    { path: 'endpoint', code: 'bad_push_endpoint', message: `Not allowed: ${url.protocol}` },
  ]);
}
