import type { Database as SQLiteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
import { statementWrites, type TableVersions } from './cache/table-versions';

/**
 * better-sqlite3 behind Kysely with prepared statements kept per SQL text. Kysely's SqliteDriver
 * prepares every query anew, and preparing costs more than running a short query (an eighth of a
 * no-op pull's CPU in the profile). Statements are reused only one at a time: the driver runs them
 * synchronously to completion, and streamed queries (the one exception) are not used here.
 * Least recently used statements are dropped beyond `max`, since `in (...)` lists of varying length
 * make many distinct texts.
 *
 * With `versions`, every statement that writes raises the versions of its tables just before it runs
 * (the driver calls prepare once per execution, then runs the statement at once). That is exact here:
 * Kysely runs SQLite on one connection, one query or transaction at a time, so no cache load can read
 * between a write and its commit.
 */
export function withStatementCache(
  sqlite: SQLiteDatabase,
  max = 256,
  versions?: TableVersions,
): SqliteDatabase & { readonly cachedStatements: number } {
  type Entry = { stmt: Statement; writes: readonly string[] | 'all' | null };
  const cache = new Map<string, Entry>();
  const writesOf = (sql: string, stmt: Statement): Entry['writes'] => {
    if (stmt.readonly) return null;
    const w = statementWrites(sql);
    return w.kind === 'write' ? w.tables : null;
  };
  return {
    get cachedStatements() {
      return cache.size;
    },
    prepare(sql: string) {
      let entry = cache.get(sql);
      if (entry) {
        // Re-insert to mark as most recently used (Map keeps insertion order).
        cache.delete(sql);
      } else {
        const stmt = sqlite.prepare(sql);
        entry = { stmt, writes: versions ? writesOf(sql, stmt) : null };
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, entry);
      if (entry.writes) versions?.bump(entry.writes);
      return entry.stmt;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}
