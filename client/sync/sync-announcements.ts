import type { SyncPhase } from './engine';

export type Connection = 'ok' | 'offline' | 'error' | 'signed-out';
/** What the person should hear about, as opposed to the indicator's every flicker. */
export type SyncSnapshot = { connection: Connection; pending: number; issues: number };
export type SyncNews =
  | { kind: 'offline' | 'online' | 'error' | 'signed-out' }
  | { kind: 'waiting'; n: number }
  | { kind: 'issues'; n: number };

/** A sync in progress says nothing about the connection: it keeps the last known one. */
export const connectionOf = (phase: SyncPhase, previous: Connection): Connection =>
  phase === 'syncing' ? previous : phase === 'idle' ? 'ok' : phase;

/**
 * What changed that matters: going offline or back, a failure, changes waiting while they cannot be
 * sent, and new conflicts or problems. A routine sync (same connection, outbox emptied, nothing new)
 * is news to nobody, so it returns nothing.
 */
export function syncNews(prev: SyncSnapshot, next: SyncSnapshot): SyncNews[] {
  const news: SyncNews[] = [];
  if (next.connection !== prev.connection) {
    news.push({ kind: next.connection === 'ok' ? 'online' : next.connection });
  }
  const stuck = next.connection !== 'ok';
  if (stuck && next.pending > 0 && (next.pending > prev.pending || next.connection !== prev.connection)) {
    news.push({ kind: 'waiting', n: next.pending });
  }
  if (next.issues > prev.issues) news.push({ kind: 'issues', n: next.issues });
  return news;
}
