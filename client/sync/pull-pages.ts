import type { PullResponse } from '../../shared/sync/protocol';
import { NEXT_CURSOR_HEADER } from '../../shared/sync/protocol-constants';
import type { LocalDb } from '../db/local-db';
import { applyPullPage } from './apply-pull';
import { noteServerTime } from './server-clock';

const MAX_PAGES = 10_000;

/** One run of pages: how many rows it brought, and whether it reached the end or was stopped. */
export type PullRun = { rows: number; complete: boolean };
/** Sees each page before it is applied; false stops the run there, without applying it. */
export type PageCheck = (page: PullResponse) => Promise<boolean>;

/**
 * Fetches pages from `from` on and applies each with its cursor in one transaction (applyPullPage).
 * While a page is written the next is already on its way: the server sends a page's cursor in a
 * header ahead of its body. If a page fails or is stopped, the page fetched after it is dropped.
 */
export async function pullPages(
  db: LocalDb,
  fetchPage: (after: number) => Promise<Response>,
  from: number,
  check: PageCheck,
): Promise<PullRun> {
  // Fetched ahead: awaited on a later turn, but it may fail (offline) while a page is still being
  // read or written, or never be awaited when that fails: either way not an unhandled rejection.
  const ahead = (after: number) => {
    const p = fetchPage(after);
    p.catch(() => {});
    return p;
  };
  let next = fetchPage(from);
  let rows = 0;
  for (let i = 0; i < MAX_PAGES; i++) {
    const res = await next;
    // The next page's cursor comes ahead of the body in a header; servers without it still work.
    const hinted = res.headers.get(NEXT_CURSOR_HEADER);
    if (hinted !== null) next = ahead(Number(hinted));
    const page = (await res.json()) as PullResponse;
    if (hinted !== null && (!page.more || page.cursor !== Number(hinted)))
      throw new Error(`Pull page cursor ${page.cursor} does not match its header ${hinted}`);
    noteServerTime(page.serverTime);
    if (!(await check(page))) return { rows, complete: false };
    if (page.more && hinted === null) next = ahead(page.cursor);
    await applyPullPage(db, page);
    rows +=
      Object.values(page.upserts).reduce((n, r) => n + r.length, 0) +
      Object.values(page.deletes).reduce((n, r) => n + r.length, 0);
    if (!page.more) break;
  }
  return { rows, complete: true };
}
