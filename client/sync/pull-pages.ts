import type { PullResponse } from '../../shared/sync/protocol';
import { NEXT_CURSOR_HEADER } from '../../shared/sync/protocol-constants';
import type { LocalDb } from '../db/local-db';
import { applyPullPage } from './apply-pull';
import { noteServerTime } from './server-clock';

const MAX_PAGES = 10_000;
/**
 * Pages requested but not yet taken for storing. Two keep the server busy while the device stores
 * a page (it sends a page faster than the device stores it) and bound what waits in memory to three
 * pages with the one being stored.
 */
export const PAGES_AHEAD = 2;

/** One run of pages: how many rows it brought, and whether it reached the end or was stopped. */
export type PullRun = { rows: number; complete: boolean };
/** Sees each page before it is applied; false stops the run there, without applying it. */
export type PageCheck = (page: PullResponse) => Promise<boolean>;

/** A page as it arrived: the next cursor its header named (null: none), and the body, already parsed. */
type Arrival = { hinted: number | null; page: PullResponse };

/**
 * Requests pages in order, each as soon as the header of the one before names its cursor (a server
 * without the header is asked by `follow` once the body is read), up to PAGES_AHEAD pages not yet
 * taken. Bodies are read and parsed as they arrive, while the device is still writing the page before.
 */
function pageQueue(fetchPage: (after: number) => Promise<Response>, from: number) {
  const waiting: Promise<Arrival>[] = [];
  let held: number | null = null;
  let stopped = false;
  const request = (after: number) => {
    const arrival = fetchPage(after).then(async (res): Promise<Arrival> => {
      const header = res.headers.get(NEXT_CURSOR_HEADER);
      const hinted = header === null ? null : Number(header);
      if (hinted !== null) follow(hinted);
      return { hinted, page: (await res.json()) as PullResponse };
    });
    // Awaited when taken; one fetched ahead may fail (offline) after the run stopped or failed and
    // is then never awaited: either way not an unhandled rejection.
    arrival.catch(() => {});
    waiting.push(arrival);
  };
  const follow = (after: number) => {
    if (stopped) return;
    if (waiting.length < PAGES_AHEAD) request(after);
    else held = after;
  };
  request(from);
  return {
    follow,
    /** The next page in order; makes room for the one held back. */
    take(): Promise<Arrival> {
      const next = waiting.shift()!;
      if (held !== null) {
        const after = held;
        held = null;
        follow(after);
      }
      return next;
    },
    /** No further requests; pages already on their way are dropped. */
    stop() {
      stopped = true;
    },
  };
}

/**
 * Fetches pages from `from` on and applies each with its cursor in one transaction (applyPullPage),
 * in order. While a page is written the next ones are already on their way (pageQueue): the server
 * sends a page's cursor in a header, so it need not wait for the device to store a page before it
 * reads the next. If a page fails or is stopped, the pages fetched after it are dropped.
 */
export async function pullPages(
  db: LocalDb,
  fetchPage: (after: number) => Promise<Response>,
  from: number,
  check: PageCheck,
): Promise<PullRun> {
  const queue = pageQueue(fetchPage, from);
  let rows = 0;
  try {
    for (let i = 0; i < MAX_PAGES; i++) {
      const { hinted, page } = await queue.take();
      if (hinted !== null && (!page.more || page.cursor !== hinted))
        throw new Error(`Pull page cursor ${page.cursor} does not match its header ${hinted}`);
      noteServerTime(page.serverTime);
      if (!(await check(page))) return { rows, complete: false };
      if (page.more && hinted === null) queue.follow(page.cursor);
      await applyPullPage(db, page);
      rows +=
        Object.values(page.upserts).reduce((n, r) => n + r.length, 0) +
        Object.values(page.deletes).reduce((n, r) => n + r.length, 0);
      if (!page.more) break;
    }
    return { rows, complete: true };
  } finally {
    queue.stop();
  }
}
