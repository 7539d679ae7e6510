import { newId } from '../../shared/ids/new-id';
import type { PushResponse } from '../../shared/sync/protocol';
import { MAX_PULL_LIMIT, MAX_PUSH_MUTATIONS, PROTOCOL_VERSION } from '../../shared/sync/protocol-constants';
import { withLiveUpdatesHeld } from '../db/live-batch';
import { getMeta, type LocalDb, setMeta } from '../db/local-db';
import { ApiError, callApi, callJson, OfflineError, type Transport } from '../api/http';
import { earlyHolidays, refreshHolidays } from '../holidays/holiday-cache';
import { removeDataAfterAccessEnded } from './access-ended';
import { applyPushResults } from './apply-push';
import { type DeviceMemory, detectWipe, memoryFallback, rememberDevice } from './device-record';
import { listenForPokes } from './live';
import { pullPages } from './pull-pages';
import { rescope, scopeCheck } from './rescope';
import { trustedNow } from './server-clock';

export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'error' | 'signed-out';
export type SyncStatus = { phase: SyncPhase; lastSyncAt: string | null; error: string | null };

/**
 * Changes sent per push: the most the server takes in one request (MAX_PUSH_MUTATIONS). Each request
 * costs the server a transaction and fixed work, so a device back from days offline sends its outbox
 * in the fewest requests; a batch larger than the server's byte limit is halved (see pushAll).
 */
export const PUSH_BATCH = MAX_PUSH_MUTATIONS;
const protocolHeader = { 'x-sync-protocol': String(PROTOCOL_VERSION) };

async function clientIdOf(db: LocalDb): Promise<string> {
  const existing = await getMeta<string | null>(db, 'clientId', null);
  if (existing) return existing;
  const id = newId();
  await setMeta(db, 'clientId', id);
  return id;
}

/** A device that was told its mutation ids disagree with the server's more often than this in one push is stuck. */
const MAX_CLIENT_RENEWALS = 3;

/**
 * Sends the outbox in batches until it is empty; a batch the server refuses as a whole is split. When
 * the server says this device's numbering disagrees with its own (a restored or copied database), the
 * device goes on as a new client, so the unapplied changes are sent again instead of being dropped.
 */
export async function pushAll(db: LocalDb, transport: Transport, batch = PUSH_BATCH): Promise<number> {
  let clientId = await clientIdOf(db);
  let sent = 0;
  let renewals = 0;
  for (;;) {
    const entries = await db.outbox.orderBy('id').limit(batch).toArray();
    if (entries.length === 0) return sent;
    const body = {
      type: 'push',
      protocol: PROTOCOL_VERSION,
      clientId,
      mutations: entries.map((e) => ({ id: e.id!, name: e.name, args: e.args })),
    };
    try {
      const res = await callJson<PushResponse>(transport, '/api/sync/push', {
        method: 'POST',
        headers: protocolHeader,
        body: JSON.stringify(body),
      });
      const { renewClient } = await applyPushResults(db, entries, res.results);
      if (renewClient) {
        if (++renewals > MAX_CLIENT_RENEWALS) throw new Error("The server keeps refusing this device's change numbers");
        clientId = newId();
        await setMeta(db, 'clientId', clientId);
        continue;
      }
    } catch (err) {
      if (!(err instanceof ApiError) || (err.status !== 400 && err.status !== 413)) throw err;
      if (err.status === 413 && entries.length > 1) {
        // Too many bytes at once (long notes): the same changes go in smaller batches, none is dropped.
        sent += await pushAll(db, transport, Math.ceil(entries.length / 2));
        continue;
      }
      if (entries.length > 1) {
        // Find the one mutation the server cannot read; the others still go through.
        sent += await pushAll(db, transport, 1);
        continue;
      }
      // A mutation the server will never accept must not block the queue: keep it as a problem.
      await applyPushResults(db, entries, [
        { mutationId: entries[0]!.id!, status: 'rejected', code: err.code, message: err.message },
      ]);
    }
    sent += entries.length;
    if (batch === 1) return sent;
  }
}

/** First-sync page sizes: small at first, then growing to the largest the server allows (see pullAll). */
export const FIRST_SYNC_FIRST_PAGE = 500;
const FIRST_SYNC_GROWTH = 1.5;
export const firstSyncPageSize = (page: number): number =>
  Math.min(MAX_PULL_LIMIT, Math.round(FIRST_SYNC_FIRST_PAGE * FIRST_SYNC_GROWTH ** page));

/**
 * Pulls pages until the server has nothing more after our cursor. The first pull of a device
 * (cursor 0) is everything the person may see. Its pages start small, so the device starts writing
 * (and the person sees her first rows) after a short round trip, and then grow by half each time up to
 * the largest the server allows: each page costs a round trip, a snapshot read of every table on the
 * server and a transaction here. The server reads and sends a page in about the time the device
 * writes one two thirds its size, so the growing pages arrive about when they are needed. Later pulls
 * are mostly a few rows;
 * they keep the server's default page, which also keeps a long catch-up from holding the open app's
 * database in large transactions. Pages are fetched ahead and applied one after another (pullPages).
 *
 * When the person's scope changed since the last pull (a page says so), the device pulls everything
 * again and drops what no longer came (client/sync/rescope.ts).
 */
export async function pullAll(db: LocalDb, transport: Transport, limit?: number): Promise<number> {
  const [clientId, cursor] = await Promise.all([clientIdOf(db), getMeta<number>(db, 'cursor', 0)]);
  const fetcher = (fromStart: boolean) => {
    let pages = 0;
    return (after: number) => {
      const size = limit ?? (fromStart ? firstSyncPageSize(pages++) : undefined);
      const query = new URLSearchParams({ cursor: String(after), clientId, ...(size ? { limit: String(size) } : {}) });
      return callApi(transport, `/api/sync/pull?${query}`, { headers: protocolHeader });
    };
  };
  // The first page is requested before the scope is read: it is needed only once that page is in.
  const checking = scopeCheck(db, cursor);
  // Awaited with the first page; should that page fail first, a failed read is not an unhandled rejection.
  checking.catch(() => {});
  // Each page is a transaction; the open page re-renders with the first and then the newest rows only.
  return withLiveUpdatesHeld(async () => {
    const run = await pullPages(db, fetcher(cursor === 0), cursor, async (page) => (await checking)(page));
    if (run.complete) return run.rows;
    return run.rows + (await rescope(db, (check) => pullPages(db, fetcher(true), 0, check)));
  });
}

type Locks = { request: (name: string, cb: () => Promise<void>) => Promise<void> };
const locks = (): Locks | undefined => (globalThis.navigator as (Navigator & { locks?: Locks }) | undefined)?.locks;

/**
 * Push then pull, one run at a time. Across tabs a Web Lock makes sure two windows never
 * send the same outbox at once; calls during a run coalesce into one follow-up run.
 */
export class SyncEngine {
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  status: SyncStatus = { phase: 'idle', lastSyncAt: null, error: null };

  constructor(
    private readonly db: LocalDb,
    private readonly transport: Transport,
    private readonly onStatus: (s: SyncStatus) => void = () => {},
    private readonly random: () => number = Math.random,
    private readonly memory: DeviceMemory = globalThis.localStorage ?? memoryFallback(),
  ) {}

  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      await this.runOnce();
    } while (this.again);
  }

  private set(s: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...s };
    this.onStatus(this.status);
  }

  private async runOnce(): Promise<void> {
    this.set({ phase: 'syncing' });
    const work = async () => {
      await detectWipe(this.db, this.memory, this.transport);
      await clientIdOf(this.db);
      await rememberDevice(this.db, this.memory);
      await pushAll(this.db, this.transport);
      const holidays = await earlyHolidays(this.db, this.transport, trustedNow());
      // A first sync asks for the holidays once the server has answered the first pull page, alongside the rest.
      const pullTransport: Transport = holidays
        ? async (path, init) => {
            const res = await this.transport(path, init);
            holidays.start();
            return res;
          }
        : this.transport;
      await pullAll(this.db, pullTransport);
      await rememberDevice(this.db, this.memory);
      // Public holidays are a convenience on top of the data: without them the sync still succeeded.
      await refreshHolidays(this.db, this.transport, trustedNow(), holidays).catch(() => false);
    };
    try {
      const l = locks();
      await (l ? l.request(`sync:${this.db.name}`, work) : work());
      this.failures = 0;
      const at = new Date().toISOString();
      await setMeta(this.db, 'lastSyncAt', at);
      this.set({ phase: 'idle', lastSyncAt: at, error: null });
    } catch (err) {
      // A deactivation ends the sessions too (401 session_revoked): the data must go all the same.
      if (err instanceof ApiError && (err.code === 'access_ended' || err.code === 'session_revoked')) {
        await removeDataAfterAccessEnded(this.db);
        this.set({ phase: 'signed-out', error: err.message });
        return;
      }
      if (err instanceof ApiError && err.status === 401) {
        this.set({ phase: 'signed-out', error: err.message });
        return;
      }
      this.set({
        phase: err instanceof OfflineError ? 'offline' : 'error',
        error: err instanceof Error ? err.message : String(err),
      });
      this.scheduleRetry();
    }
  }

  /** Exponential backoff with full jitter, so a hundred phones coming online do not arrive in step. */
  private scheduleRetry(): void {
    this.failures++;
    const ceiling = Math.min(60_000, 1000 * 2 ** this.failures);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.sync(), Math.round(this.random() * ceiling));
  }

  /** Stops pending retries (logout, tests). */
  dispose(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /** Sync on start, when the network returns, when the app becomes visible, on a server poke, and every minute. */
  start(win: Window & typeof globalThis): () => void {
    const kick = () => void this.sync();
    const onVisible = () => {
      if (win.document.visibilityState === 'visible') kick();
    };
    win.addEventListener('online', kick);
    win.document.addEventListener('visibilitychange', onVisible);
    const timer = win.setInterval(kick, 60_000);
    const stopPokes = listenForPokes(win, kick);
    void getMeta<string | null>(this.db, 'lastSyncAt', null).then((lastSyncAt) => this.set({ lastSyncAt }));
    kick();
    return () => {
      win.removeEventListener('online', kick);
      win.document.removeEventListener('visibilitychange', onVisible);
      win.clearInterval(timer);
      stopPokes();
      clearTimeout(this.retryTimer);
    };
  }
}
