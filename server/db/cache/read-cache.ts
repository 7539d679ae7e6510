import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import { type TableVersions, VersionedCache } from './table-versions';

import type { WriteListener } from './write-listener';

type Registry = {
  versions: TableVersions;
  listener: WriteListener | undefined;
  caches: Map<string, VersionedCache<unknown, unknown>>;
};
const registries = new WeakMap<Kysely<DB>, Registry>();

/** Called by openDatabase: the versions its driver keeps for this database handle. */
export function registerTableVersions(db: Kysely<DB>, versions: TableVersions, listener?: WriteListener): void {
  registries.set(db, { versions, listener, caches: new Map() });
}

/**
 * The cache `name` of this database handle, valid while `tables` (SQL names) are unwritten; one per
 * handle and name. Undefined for handles openDatabase did not make, and for transactions: a
 * transaction must read its own snapshot, never a cache.
 */
export function readCache<K, V>(
  db: Kysely<DB>,
  name: string,
  tables: readonly string[],
  max?: number,
): VersionedCache<K, V> | undefined {
  const registry = registries.get(db);
  if (!registry) return undefined;
  let cache = registry.caches.get(name);
  if (!cache) registry.caches.set(name, (cache = new VersionedCache(registry.versions, tables, max)));
  return cache as VersionedCache<K, V>;
}

export const tableVersionsOf = (db: Kysely<DB>): TableVersions | undefined => registries.get(db)?.versions;

export const writeListenerOf = (db: Kysely<DB>): WriteListener | undefined => registries.get(db)?.listener;
