/**
 * What the two bench pages (our-device.ts, pouch-device.ts) put on `window` for browser-compare.ts
 * to call with page.evaluate. Only types: the Node side imports this without loading page code.
 */

import type { RequestLog } from './page-timing';

/** One initial sync of our device, timed in the page; `phase` is the SyncEngine's state afterwards. */
export type OurPageRun = RequestLog & {
  ms: number;
  stored: number;
  phase: string;
  error: string | null;
  /** Reference: storing the same rows again into a fresh database, without network or parsing (store-only.ts). */
  storeOnlyMs: number;
};
/** One PouchDB replication, timed in the page; `adapter` as the local database reports it. */
export type PouchPageRun = RequestLog & {
  ms: number;
  ok: boolean;
  docsWritten: number;
  docCount: number;
  adapter: string;
};

export type OurPage = {
  /** Logs in with the API like the app's login form, so the page holds its own session cookie. */
  login: (email: string, password: string) => Promise<void>;
  /** A fresh LocalDb, timed `SyncEngine.sync()`, rows counted, database deleted. */
  syncOnce: () => Promise<OurPageRun>;
};
export type PouchPage = {
  /**
   * A fresh PouchDB on `adapter`, timed replication from `remote`
   * (batch_size null: PouchDB's default), database destroyed.
   */
  replicateOnce: (remote: string, adapter: string, batchSize: number | null) => Promise<PouchPageRun>;
};

declare global {
  interface Window {
    ikzOurPage?: OurPage;
    ikzPouchPage?: PouchPage;
  }
}
