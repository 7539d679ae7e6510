import type { Database as SQLiteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * better-sqlite3 behind Kysely with prepared statements kept per SQL text. Kysely's SqliteDriver
 * prepares every query anew, and preparing costs more than running a short query (an eighth of a
 * no-op pull's CPU in the profile). Statements are reused only one at a time: the driver runs them
 * synchronously to completion, and streamed queries (the one exception) are not used here.
 * Least recently used statements are dropped beyond `max`, since `in (...)` lists of varying length
 * make many distinct texts.
 */
export function withStatementCache(sqlite: SQLiteDatabase, max = 256): SqliteDatabase & { readonly cachedStatements: number } {
  const cache = new Map<string, Statement>();
  return {
    get cachedStatements() {
      return cache.size;
    },
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (stmt) {
        // Re-insert to mark as most recently used (Map keeps insertion order).
        cache.delete(sql);
      } else {
        stmt = sqlite.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, stmt);
      return stmt;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}
