import { describe, expect, it } from 'vitest';
import { getMeta } from '../db/local-db';
import { fakePullPage } from '../testing/fake-pages';
import { freshDbs } from '../testing/fresh-dbs';
import { PAGES_AHEAD, pullPages } from './pull-pages';

const fresh = freshDbs('pull-pages');

/** A server of `last` empty pages, cursors 1 to `last`, that names the next cursor in a header. */
function pagesUpTo(last: number, requested: number[]) {
  return async (after: number): Promise<Response> => {
    requested.push(after);
    return fakePullPage(after + 1, last);
  };
}

/** Long enough for every answer already on its way to arrive (they resolve in a few ticks). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('pulling pages', () => {
  it('asks for the pages after the one it stores, at most PAGES_AHEAD of them', async () => {
    const db = fresh();
    const requested: number[] = [];
    const seenAtCheck: number[] = [];
    const run = await pullPages(db, pagesUpTo(6, requested), 0, async () => {
      await settle();
      seenAtCheck.push(requested.length);
      return true;
    });
    expect(run.complete).toBe(true);
    expect(requested).toEqual([0, 1, 2, 3, 4, 5]);
    expect(PAGES_AHEAD).toBe(2);
    // While the first page waits to be stored, the two after it are requested, not more.
    expect(seenAtCheck).toEqual([3, 4, 5, 6, 6, 6]);
    expect(await getMeta(db, 'cursor', 0)).toBe(6);
  });

  it('asks for nothing more once a page stops the run, and stores none after it', async () => {
    const db = fresh();
    const requested: number[] = [];
    let checked = 0;
    const run = await pullPages(db, pagesUpTo(20, requested), 0, async () => {
      await settle();
      return ++checked < 3;
    });
    await settle();
    expect(run.complete).toBe(false);
    expect(await getMeta(db, 'cursor', 0)).toBe(2);
    // The third page stopped it; the two fetched ahead of it are dropped, none requested after.
    expect(requested).toEqual([0, 1, 2, 3, 4]);
  });
});
