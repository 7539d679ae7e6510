import { liveQuery } from 'dexie';
import { type Accessor, createContext, createSignal, type JSX, onCleanup, useContext } from 'solid-js';
import { browserTransport } from '../api/http';
import { markExpired } from '../auth/session';
import { getMeta, type LocalDb } from '../db/local-db';
import type { SyncEngine, SyncStatus } from './engine';
import { afterFirstScreen, engineStartGate, loadEngine } from './engine-start';

export type SyncApi = {
  status: Accessor<SyncStatus>;
  /** Runs a sync now (waits for the engine to load first); never rejects. */
  sync: () => Promise<void>;
  stop: () => void;
};
const SyncContext = createContext<SyncApi>();

/**
 * Creates the one sync engine of this session. The engine is loaded after the first paint and
 * started when the browser is idle (at once on a device that never synced), so the start screen does
 * not wait for it.
 */
export function SyncProvider(props: { db: LocalDb; children: JSX.Element }): JSX.Element {
  const db = props.db;
  const [status, setStatus] = createSignal<SyncStatus>({ phase: 'idle', lastSyncAt: null, error: null });
  let stopEngine: (() => void) | undefined;
  let stopped = false;
  const lastSyncAt = getMeta<string | null>(db, 'lastSyncAt', null);
  void lastSyncAt.then(
    (last) => setStatus((s) => ({ ...s, lastSyncAt: s.lastSyncAt ?? last })),
    () => {}, // the gate below starts the engine on idle instead
  );

  // Downloaded at once, started when the browser is idle (a never-synced device: at once).
  const start = engineStartGate(lastSyncAt, afterFirstScreen);
  const engine: Promise<SyncEngine | null> = Promise.all([loadEngine(), start]).then(([m]) => {
    if (stopped) return null;
    const e = new m.SyncEngine(db, browserTransport, (s) => {
      setStatus(s);
      if (s.phase === 'signed-out') markExpired();
    });
    stopEngine = e.start(window);
    return e;
  });

  // A new local change goes out soon after it was made, not only on the engine's next timer.
  let lastCount: number | null = null; // the first reading is the start, which syncs anyway
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const outboxWatch = liveQuery(() => db.outbox.count()).subscribe({
    next: (count) => {
      if (lastCount !== null && count > lastCount) {
        clearTimeout(debounce);
        debounce = setTimeout(() => void engine.then((e) => e?.sync()), 1500);
      }
      lastCount = count;
    },
  });

  const stop = () => {
    stopped = true;
    outboxWatch.unsubscribe();
    clearTimeout(debounce);
    stopEngine?.();
    stopEngine = undefined;
  };
  onCleanup(stop);

  const api: SyncApi = {
    status,
    sync: async () => {
      try {
        await (await engine)?.sync();
      } catch (err) {
        console.error('Sync failed', err);
      }
    },
    stop,
  };
  return <SyncContext.Provider value={api}>{props.children}</SyncContext.Provider>;
}

export function useSync(): SyncApi {
  const value = useContext(SyncContext);
  if (!value) throw new Error('useSync() used outside SyncProvider');
  return value;
}
