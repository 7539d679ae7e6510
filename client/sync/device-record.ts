import type { PullResponse } from '../../shared/sync/protocol';
import { callJson, type Transport } from '../api/http';
import { getMeta, type LocalDb, setMeta } from '../db/local-db';

/** Small storage outside IndexedDB (localStorage in the browser) that survives a wiped database. */
export type DeviceMemory = { getItem(key: string): string | null; setItem(key: string, value: string): void };

export const memoryFallback = (): DeviceMemory => {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
};

type DeviceRecord = { clientId: string; enqueued: number; lastSyncAt: string | null };
export type WipeNotice = { lostChanges: number; lastSyncAt: string | null; detectedAt: string };

const keyOf = (db: LocalDb) => `ikz.device.${db.name}`;

/** Remembers, outside IndexedDB, which client this database was and how many changes it had queued. */
export async function rememberDevice(db: LocalDb, memory: DeviceMemory): Promise<void> {
  // One transaction for the three reads: each of its own costs a round trip to the browser's
  // database process, and this runs twice on every sync.
  const [clientId, lastKey, lastSyncAt] = await db.transaction('r', [db.meta, db.outbox], () =>
    Promise.all([
      getMeta<string | null>(db, 'clientId', null),
      db.outbox.orderBy('id').lastKey() as Promise<number | undefined>,
      getMeta<string | null>(db, 'lastSyncAt', null),
    ]),
  );
  if (!clientId) return;
  const previous = JSON.parse(memory.getItem(keyOf(db)) ?? 'null') as DeviceRecord | null;
  const enqueued = Math.max(lastKey ?? 0, previous?.clientId === clientId ? previous.enqueued : 0);
  memory.setItem(keyOf(db), JSON.stringify({ clientId, enqueued, lastSyncAt }));
}

/**
 * A database with no client id where this device remembers one was wiped (by the browser under
 * storage pressure, or by hand). The server says how many of its changes arrived; the rest are gone,
 * and the person is told so instead of finding out later.
 */
export async function detectWipe(db: LocalDb, memory: DeviceMemory, transport: Transport): Promise<WipeNotice | null> {
  if (await getMeta<string | null>(db, 'clientId', null)) return null;
  const record = JSON.parse(memory.getItem(keyOf(db)) ?? 'null') as DeviceRecord | null;
  if (!record) return null;
  const probe = new URLSearchParams({ cursor: String(Number.MAX_SAFE_INTEGER), limit: '1', clientId: record.clientId });
  const { lastMutationId } = await callJson<PullResponse>(transport, `/api/sync/pull?${probe}`);
  const notice: WipeNotice = {
    lostChanges: Math.max(0, record.enqueued - (lastMutationId ?? 0)),
    lastSyncAt: record.lastSyncAt,
    detectedAt: new Date().toISOString(),
  };
  await setMeta(db, 'wipeNotice', JSON.stringify(notice));
  return notice;
}
