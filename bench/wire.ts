import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export type WireCounter = { reset: () => void; read: () => { toClient: number; toServer: number } };

/**
 * Counts TCP payload bytes (HTTP headers and bodies, compressed as sent) on every connection
 * the server accepts, from the last reset on; works for keep-alive sockets opened before it.
 */
export function countWireBytes(server: Server): WireCounter {
  const sockets = new Set<Socket>();
  const offsets = new Map<Socket, { w: number; r: number }>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    offsets.set(s, { w: 0, r: 0 });
  });
  return {
    reset: () => {
      for (const s of sockets) offsets.set(s, { w: s.bytesWritten, r: s.bytesRead });
    },
    read: () => {
      let toClient = 0;
      let toServer = 0;
      for (const s of sockets) {
        const o = offsets.get(s) ?? { w: 0, r: 0 };
        toClient += s.bytesWritten - o.w;
        toServer += s.bytesRead - o.r;
      }
      return { toClient, toServer };
    },
  };
}
