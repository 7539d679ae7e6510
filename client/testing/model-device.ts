import 'fake-indexeddb/auto';
import type { Hono } from 'hono';
import type { SessionUser } from '../../shared/auth/schemas';
import { newId } from '../../shared/ids/ids';
import type { MutationResult, PushRequest, PushResponse } from '../../shared/sync/protocol';
import type { Transport } from '../api/http';
import { LocalDb } from '../db/local-db';
import { SyncEngine } from '../sync/engine';
import type { Ledger } from './model-ledger';

/** Faults a simulated network can have; the model test flips them at random. */
export type Faults = { online: boolean; dropReplies: boolean; duplicates: boolean };

/**
 * A simulated device for randomized tests: real client sync code on fake-indexeddb, a faulty
 * network in front of the real Hono app, a record of every answer that reached the device, and
 * every answer the server gave written to the shared ledger before a fault can drop it.
 */
export async function modelDevice(
  app: Pick<Hono, 'request'>,
  cookie: string,
  random: () => number,
  name: string,
  ledger: Ledger,
) {
  const me = (await (await app.request('http://localhost/api/auth/me', { headers: { cookie } })).json()) as {
    user: SessionUser;
  };
  const faults: Faults = { online: true, dropReplies: false, duplicates: false };
  const answers = new Map<number, MutationResult>();
  const history: RequestInit[] = [];
  const send = async (path: string, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    headers.set('cookie', cookie);
    const res = await app.request(`http://localhost${path}`, { ...init, headers });
    if (path.startsWith('/api/sync/push') && typeof init?.body === 'string') {
      const request = JSON.parse(init.body) as PushRequest;
      // A 5xx under concurrent pushes (a deadlock, a lost lock) is a server fault even if a retry heals it.
      if (res.status >= 500) ledger.problems.push(`${name}: push answered ${res.status}: ${await res.clone().text()}`);
      if (res.ok)
        ledger.record(name, request.clientId, request.mutations, ((await res.clone().json()) as PushResponse).results);
    }
    return res;
  };
  const transport: Transport = async (path, init) => {
    if (!faults.online) throw new TypeError('Failed to fetch');
    const isPush = path.startsWith('/api/sync/push');
    // An old request arriving late, before or after the current one (retries, proxies).
    if (isPush && faults.duplicates && history.length > 0 && random() < 0.5)
      await send('/api/sync/push', history[Math.floor(random() * history.length)]);
    const res = await send(path, init);
    if (isPush && init) history.push(init);
    if (isPush && faults.duplicates && random() < 0.5) await send(path, init);
    if (faults.dropReplies) throw new TypeError('Connection reset after commit');
    if (isPush && res.ok) {
      const body = (await res.clone().json()) as PushResponse;
      for (const r of body.results) answers.set(r.mutationId, r);
    }
    return res;
  };
  const db = new LocalDb(`model-${newId()}`);
  await db.open();
  const engine = new SyncEngine(
    db,
    transport,
    () => {},
    () => 0.5,
  );
  return {
    name,
    db,
    user: me.user,
    faults,
    answers,
    transport,
    engine,
    random,
    skewDays: 0,
    enqueued: new Set<number>(),
  };
}
export type ModelDevice = Awaited<ReturnType<typeof modelDevice>>;
