import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { ErrorBody } from '../../shared/errors/errors';

type Reason = readonly [status: number, reason: string, message: string];
const reasons: Record<string, Reason> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'Request headers are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'The request took too long to arrive'],
};

/** The raw answer to a request Node could not parse; same `{code, message, requestId}` shape as the app's. */
export function clientErrorResponse(code: string | undefined): string {
  const known: Reason | undefined = code === undefined ? undefined : reasons[code];
  const [status, reason, message] = known ?? [400, 'Bad Request', 'Malformed HTTP request'];
  const body: ErrorBody = { code: 'bad_request', message, requestId: randomUUID() };
  const text = JSON.stringify(body);
  return [
    `HTTP/1.1 ${status} ${reason}`,
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(text)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'; sandbox",
    'Connection: close',
    '',
    text,
  ].join('\r\n');
}

/**
 * For the server's 'clientError' event: Node's own answers to malformed HTTP (400, 431) have no body.
 * A peer that already hung up gets nothing; there is nobody to answer.
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(clientErrorResponse(err.code));
}
