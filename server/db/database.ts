import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { withNamedStatements } from './named-statements';
import type { DB } from './schema';
import { registerTableVersions } from './cache/read-cache';
import { withStatementCache } from './statement-cache';
import { TableVersions } from './cache/table-versions';
import { WriteListener } from './cache/write-listener';

export type Dialect = 'sqlite' | 'postgres';
export type Database = { db: Kysely<DB>; dialect: Dialect; close: () => Promise<void> };

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  /** `readCaches: false`: no LISTEN connection and no caches (one-off tools, short-lived admin handles). */
  | { kind: 'postgres'; url: string; searchPath?: string; poolSize?: number; readCaches?: boolean };

/** How often SQLite asks whether another process (create-admin, the sqlite3 shell) committed. */
const EXTERNAL_WRITES_CHECK_MS = 200;

/** SQLite in DATA_DIR unless DATABASE_URL names a PostgreSQL server. */
export function configFromEnv(env: { DATA_DIR: string; DATABASE_URL?: string | undefined }): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  mkdirSync(env.DATA_DIR, { recursive: true });
  return { kind: 'sqlite', file: join(env.DATA_DIR, 'ikz-einsatz.sqlite') };
}

// pg returns int8 as string to be safe beyond 2^53; revisions stay far below that.
const pgTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export function openDatabase(config: DatabaseConfig): Database {
  const plugins = [new CamelCasePlugin()];
  if (config.kind === 'sqlite') {
    const sqlite = new SQLite(config.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const versions = new TableVersions();
    // data_version changes only when another connection commits; this process's own writes are seen
    // statement by statement (withStatementCache).
    // A timer marks the check as due rather than each cache read asking the clock.
    const dataVersion = sqlite.prepare('pragma data_version').pluck();
    let lastDataVersion = dataVersion.get();
    let checkDue = false;
    const timer = setInterval(() => (checkDue = true), EXTERNAL_WRITES_CHECK_MS);
    timer.unref();
    versions.beforeRead = () => {
      if (!checkDue) return;
      checkDue = false;
      const current = dataVersion.get();
      if (current !== lastDataVersion) versions.bump('all');
      lastDataVersion = current;
    };
    const db = new Kysely<DB>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite, 256, versions) }),
      plugins,
    });
    registerTableVersions(db, versions);
    return { db, dialect: 'sqlite', close: () => (clearInterval(timer), db.destroy()) };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    types: pgTypes,
    ...(config.searchPath ? { options: `-c search_path=${config.searchPath}` } : {}),
  });
  if (config.readCaches === false) {
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }), plugins });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const versions = new TableVersions();
  const listener = new WriteListener(config.url, versions);
  listener.start();
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool, versions) }), plugins });
  registerTableVersions(db, versions, listener);
  return { db, dialect: 'postgres', close: async () => (await listener.stop(), await db.destroy()) };
}
