import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { PullResponse } from '../../shared/sync/protocol';
import type { Transport } from '../api/http';
import { pullAll } from '../sync/engine';
import { fakePullPage } from '../testing/fake-pages';
import { freshDbs } from '../testing/fresh-dbs';
import { batchedNext, FLUSH_MS, SETTLE_MS, withLiveUpdatesHeld } from './live-batch';

const fresh = freshDbs('live-batch');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A server of `last` pages with one assignment each, every answer a little late (as over a network). */
function serverOfPages(last: number): Transport {
  return async (path) => {
    const after = Number(new URL(path, 'http://x').searchParams.get('cursor'));
    await pause(15);
    const cursor = after + 1;
    // Only what the count query reads; the device stores rows as the server sends them.
    const upserts = { assignments: [{ id: `a${cursor}`, rev: cursor }] } as Partial<PullResponse['upserts']>;
    return fakePullPage(cursor, last, upserts);
  };
}

describe('live updates during a pull', () => {
  it('a pull of several pages shows the first new rows at once and the rest in one batch at its end', async () => {
    const db = fresh();
    const seen: number[] = [];
    const batched = batchedNext<number>((n) => seen.push(n));
    const sub = liveQuery(() => db.assignments.count()).subscribe({ next: batched.next });
    try {
      while (seen.length === 0) await pause(5);
      const started = Date.now();
      expect(await pullAll(db, serverOfPages(6))).toBe(6);
      const took = Date.now() - started;
      await pause(SETTLE_MS + 50);
      // Unbatched, each of the six page transactions would be one more value: 0, 1, 2, 3, 4, 5, 6.
      expect(seen.slice(0, 2)).toEqual([0, 1]);
      expect(seen.at(-1)).toBe(6);
      // On a loaded machine a pull of over FLUSH_MS shows a value in between, once a second, and
      // Dexie's last notice may come after the hold ends (one more); unbatched would be seven.
      expect(seen.length).toBeLessThanOrEqual(4 + Math.floor(took / FLUSH_MS));
    } finally {
      sub.unsubscribe();
      batched.cancel();
    }
  });

  it('passes values at once when no pull runs, and shows the newest held value every FLUSH_MS', async () => {
    const seen: string[] = [];
    const q = batchedNext<string>((v) => seen.push(v));
    q.next('a');
    q.next('b');
    expect(seen).toEqual(['a', 'b']);
    let release!: () => void;
    const held = withLiveUpdatesHeld(() => new Promise<void>((r) => (release = r)));
    q.next('c'); // the first during the hold: at once
    q.next('d');
    q.next('e');
    expect(seen).toEqual(['a', 'b', 'c']);
    await pause(FLUSH_MS + 50);
    expect(seen).toEqual(['a', 'b', 'c', 'e']);
    q.next('f');
    release();
    await held;
    q.next('g'); // the last page's value, arriving just after the pull returned
    await pause(SETTLE_MS + 20);
    expect(seen).toEqual(['a', 'b', 'c', 'e', 'g']);
  });

  it('drops a held value of a query unsubscribed meanwhile, and ends the hold when the work fails', async () => {
    const seen: string[] = [];
    const q = batchedNext<string>((v) => seen.push(v));
    await expect(
      withLiveUpdatesHeld(async () => {
        q.next('a');
        q.next('b');
        q.cancel();
        throw new Error('offline');
      }),
    ).rejects.toThrow('offline');
    await pause(SETTLE_MS + 20);
    expect(seen).toEqual(['a']);
    q.next('c');
    expect(seen).toEqual(['a', 'c']);
  });
});
