/**
 * Bench page entry (bundled for Chromium by bundle.ts): PouchDB as its browser build is made,
 * pouchdb-core with the IndexedDB (idb), HTTP and replication plugins, replicating from
 * express-pouchdb into a fresh database in the browser's own IndexedDB.
 */
import core from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import idb from 'pouchdb-adapter-idb';
import replication from 'pouchdb-replication';
import type { PouchStatic } from '../pouchdb-load';
import type { PouchPage, PouchPageRun } from './page-api';
import { readRequestLog, startRequestLog } from './page-timing';

const PouchDB = [idb, http, replication].reduce<PouchStatic>((p, plugin) => p.plugin(plugin), core as PouchStatic);

async function replicateOnce(remote: string, adapter: string, batchSize: number | null): Promise<PouchPageRun> {
  const local = new PouchDB(`bench-${crypto.randomUUID()}`, { adapter });
  startRequestLog();
  const start = performance.now();
  const result = await local.replicate.from(remote, batchSize ? { batch_size: batchSize } : {});
  const ms = performance.now() - start;
  const requests = readRequestLog(start);
  const info = await local.info();
  await local.destroy();
  return {
    ms,
    ...requests,
    ok: result.ok,
    docsWritten: result.docs_written,
    docCount: info.doc_count,
    adapter: info.adapter,
  };
}

const page: PouchPage = { replicateOnce };
window.ikzPouchPage = page;
