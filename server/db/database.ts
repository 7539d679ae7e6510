import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { withNamedStatements } from './named-statements';
import type { DB } from './schema';
import { withStatementCache } from './statement-cache';

export type Dialect = 'sqlite' | 'postgres';
export type Database = { db: Kysely<DB>; dialect: Dialect; close: () => Promise<void> };

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; searchPath?: string; poolSize?: number };

/** SQLite in DATA_DIR unless DATABASE_URL names a PostgreSQL server. */
export function configFromEnv(env: { DATA_DIR: string; DATABASE_URL?: string | undefined }): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  mkdirSync(env.DATA_DIR, { recursive: true });
  return { kind: 'sqlite', file: join(env.DATA_DIR, 'ikz-einsatz.sqlite') };
}

// pg returns int8 as string to be safe beyond 2^53; revisions stay far below that.
const pgTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export function openDatabase(config: DatabaseConfig): Database {
  const plugins = [new CamelCasePlugin()];
  if (config.kind === 'sqlite') {
    const sqlite = new SQLite(config.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), plugins });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    types: pgTypes,
    ...(config.searchPath ? { options: `-c search_path=${config.searchPath}` } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }), plugins });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
