/**
 * A server in its own process for load tests, started with `fork` by throughput.ts: either the
 * real app (demo data plus extra time entries) or a hello-world Hono app, both on @hono/node-server.
 * Configured by the BENCH_CHILD environment variable; reports its address over the IPC channel.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { newId } from '../../shared/ids/ids';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { startBenchServer, technicianEmail } from './bench-server';
import { bulkTarget, currentRev } from './bulk-data';
import { createEntryMutation, pushBody } from './mutations';
import { coordinatorEmail } from './pull-scaling';

export type ChildConfig = { mode: 'hello' } | { mode: 'app'; kind: 'sqlite' | 'postgres'; pgUrl: string; entries: number };
export type ChildReady = { url: string; path: string; headers: Record<string, string>; coordinatorHeaders?: Record<string, string> };

async function startHello(): Promise<{ ready: ChildReady; close: () => Promise<void> }> {
  const app = new Hono().get('/', (c) => c.text('Hello, World!'));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { ready: { url, path: '/', headers: {} }, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function startApp(kind: 'sqlite' | 'postgres', pgUrl: string, entries: number): Promise<{ ready: ChildReady; close: () => Promise<void> }> {
  const server = await startBenchServer(kind, pgUrl, { email: technicianEmail(), count: entries });
  const cookie = await server.cookieFor(technicianEmail());
  const coordinator = await server.cookieFor(coordinatorEmail());
  // A known client, as a real device would be after its first push; the pull then reports its last mutation.
  const clientId = newId();
  const target = await bulkTarget(server.db, kind);
  const push = await fetch(`${server.url}/api/sync/push`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: pushBody(clientId, [createEntryMutation(1, target)]),
  });
  if (!push.ok) throw new Error(`push failed ${push.status} ${await push.text()}`);
  const rev = await currentRev(server.db, target.associationId);
  const headers = { cookie, 'x-sync-protocol': String(PROTOCOL_VERSION) };
  return {
    ready: { url: server.url, path: `/api/sync/pull?cursor=${rev}&clientId=${clientId}`, headers, coordinatorHeaders: { ...headers, cookie: coordinator } },
    close: server.close,
  };
}

const config = JSON.parse(process.env['BENCH_CHILD'] ?? '{"mode":"hello"}') as ChildConfig;
const started = config.mode === 'hello' ? await startHello() : await startApp(config.kind, config.pgUrl, config.entries);
process.send?.({ type: 'ready', ...started.ready });
// A grace period first: requests the load generator left in flight finish before the database closes.
const stop = () => void new Promise((resolve) => setTimeout(resolve, 500)).then(started.close).then(() => process.exit(0));
process.on('message', (m) => {
  if (m === 'stop') stop();
});
process.on('disconnect', stop);
