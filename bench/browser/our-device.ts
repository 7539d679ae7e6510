/**
 * Bench page entry (bundled for Chromium by bundle.ts, not part of the app): our real device code,
 * LocalDb and SyncEngine from client/ unchanged, on the browser's own IndexedDB and fetch.
 */
import Dexie from 'dexie';
import { browserTransport } from '../../client/api/http';
import { LocalDb } from '../../client/db/local-db';
import { SyncEngine } from '../../client/sync/engine';
import { storedRows, timeStoreOnly } from '../store-only';
import type { OurPage, OurPageRun } from './page-api';
import { readRequestLog, startRequestLog } from './page-timing';

// Dexie turns on its debug mode for pages served from localhost or 127.0.0.1, as this one is, and
// then wraps every table operation and promise callback in a console task for async stack traces.
// A device in the field loads the app from its real host name, where debug is off.
Dexie.debug = false;

async function login(email: string, password: string): Promise<void> {
  const res = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
    credentials: 'same-origin',
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
}

async function syncOnce(): Promise<OurPageRun> {
  const db = new LocalDb(`bench-${crypto.randomUUID()}`);
  const engine = new SyncEngine(db, browserTransport);
  startRequestLog();
  const start = performance.now();
  await engine.sync();
  const ms = performance.now() - start;
  const requests = readRequestLog(start);
  engine.dispose();
  const stored = await storedRows(db);
  // Reference, after the timed sync: the same rows stored again into a fresh database, nothing else.
  const again = new LocalDb(`bench-store-${crypto.randomUUID()}`);
  const storeOnlyMs = await timeStoreOnly(db, again);
  await again.delete();
  // Deleted so no run leaves its store behind (the profile is fresh per run anyway).
  await db.delete();
  // sync() reports a failure in its status instead of throwing (the app shows it): the caller checks `phase`.
  return { ms, storeOnlyMs, ...requests, stored, phase: engine.status.phase, error: engine.status.error };
}

const page: OurPage = { login, syncOnce };
window.ikzOurPage = page;
