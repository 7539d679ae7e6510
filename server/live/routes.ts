import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { requireUser } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import type { LiveHub } from './hub';

const HEARTBEAT_MS = 25_000;

/** Server-Sent Events carrying only "poke": the device then does a normal, permission-scoped pull. */
export const liveRoutes = (hub: LiveHub) =>
  new Hono<AppEnv>().get('/events', requireUser, (c) => {
    const { associationId } = c.get('user');
    c.header('Cache-Control', 'no-cache, no-transform');
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
      unsubscribe();
    });
  });
