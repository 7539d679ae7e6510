import { createRequire } from 'node:module';
import type { RequestListener } from 'node:http';

/** The little of PouchDB's API the comparison uses (the packages are optional: see pouchdb-compare.ts). */
export type PouchDoc = { _id: string } & Record<string, unknown>;
export type ReplicationResult = { ok: boolean; docs_written: number; docs_read: number };
export type PouchDb = {
  bulkDocs(docs: PouchDoc[]): Promise<unknown[]>;
  info(): Promise<{ doc_count: number; adapter: string }>;
  replicate: {
    from(source: string, options?: { batch_size?: number; batches_limit?: number }): PromiseLike<ReplicationResult>;
  };
  destroy(): Promise<unknown>;
};
export type PouchStatic = {
  new (name: string, options?: { adapter?: string }): PouchDb;
  plugin(plugin: unknown): PouchStatic;
  defaults(options: { adapter?: string }): PouchStatic;
};
type ExpressPouchDb = (pouch: PouchStatic, options: { mode: string; logPath?: string }) => RequestListener;

export const POUCH_PACKAGES = [
  'express-pouchdb@4.2.0',
  'pouchdb-core@9.0.0',
  'pouchdb-adapter-memory@9.0.0',
  'pouchdb-adapter-idb@9.0.0',
  'pouchdb-adapter-http@9.0.0',
  'pouchdb-replication@9.0.0',
];
export const POUCH_INSTALL = `npm install --no-save ${POUCH_PACKAGES.join(' ')}`;

export type PouchKit = { PouchDB: PouchStatic; expressPouchDb: ExpressPouchDb };

/**
 * When PouchDB's IndexedDB adapter sets up a database it reads `navigator.userAgent` (to detect a
 * blob bug of Chrome before 43); on Node 20, which has no `navigator`, that throws inside an
 * IndexedDB callback and aborts the setup. A user agent that names no browser avoids it; an existing
 * `navigator` (Node 21 and later) is left alone.
 */
function ensureNavigator(): void {
  if (!('navigator' in globalThis))
    Object.defineProperty(globalThis, 'navigator', { value: { userAgent: 'Node.js' }, configurable: true });
}

/**
 * Loads PouchDB from node_modules, or returns null when it is not installed. Its device store can be
 * `idb` (on the IndexedDB globals of fake-indexeddb, which the caller installs, as our device uses)
 * or `memory`.
 */
export function loadPouch(): PouchKit | null {
  const require = createRequire(import.meta.url);
  const load = (name: string): unknown => {
    try {
      const mod = require(name) as { default?: unknown };
      return mod.default ?? mod;
    } catch {
      return null;
    }
  };
  const core = load('pouchdb-core') as PouchStatic | null;
  const plugins = ['pouchdb-adapter-memory', 'pouchdb-adapter-idb', 'pouchdb-adapter-http', 'pouchdb-replication'].map(
    load,
  );
  const expressPouchDb = load('express-pouchdb') as ExpressPouchDb | null;
  if (!core || !expressPouchDb || plugins.some((p) => p === null)) return null;
  ensureNavigator();
  return { PouchDB: plugins.reduce<PouchStatic>((p, plugin) => p.plugin(plugin), core), expressPouchDb };
}
