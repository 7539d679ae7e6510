import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { AppError } from '../../shared/errors/errors';
import { requireUser } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import type { LiveHub } from './hub';

const HEARTBEAT_MS = 25_000;
/** A person's tabs and devices each need one stream; hundreds on one session only hold sockets. */
export const MAX_STREAMS_PER_SESSION = 6;

/** Server-Sent Events carrying only "poke": the device then does a normal, permission-scoped pull. */
export const liveRoutes = (hub: LiveHub) => {
  const open = new Map<string, number>();
  const release = (sessionId: string) => {
    const n = (open.get(sessionId) ?? 1) - 1;
    if (n > 0) open.set(sessionId, n);
    else open.delete(sessionId);
  };
  return new Hono<AppEnv>().get('/events', requireUser, (c) => {
    const { associationId } = c.get('user');
    const sessionId = c.get('sessionId');
    const streams = open.get(sessionId) ?? 0;
    if (streams >= MAX_STREAMS_PER_SESSION) {
      c.header('Retry-After', '60');
      throw new AppError('too_many_requests', `At most ${MAX_STREAMS_PER_SESSION} event streams per session`);
    }
    open.set(sessionId, streams + 1);
    c.header('Cache-Control', 'no-store, no-transform');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      let wake: (() => void) | undefined;
      let poked = false;
      const unsubscribe = hub.subscribe(associationId, () => {
        poked = true;
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      try {
        await stream.writeSSE({ event: 'hello', data: '{}' });
        while (!stream.aborted && !stream.closed) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, HEARTBEAT_MS);
          });
          if (stream.aborted) break;
          if (poked) {
            poked = false;
            await stream.writeSSE({ event: 'poke', data: '{}' });
          } else {
            await stream.write(': keep-alive\n\n');
          }
        }
      } finally {
        unsubscribe();
        release(sessionId);
      }
    });
  });
};
