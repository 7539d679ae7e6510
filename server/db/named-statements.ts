import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';
import { statementWrites, type TableVersions } from './cache/table-versions';

/** Put in front of a statement's text by preparedQuery; names it for PostgreSQL. */
export const preparedMarker = (name: string): string => `/* prepared:${name} */ `;
const markerPattern = /^\/\* prepared:([\w-]+) \*\/ /;

/**
 * A pg pool for Kysely on which statements compiled once (server/db/prepared.ts) are also parsed and
 * planned once per connection, as PostgreSQL named prepared statements: a no-op pull then costs the
 * database two executions instead of two parses and plans, about a quarter more pulls per second.
 * Only marked statements are named: pg keeps every named statement for the connection's lifetime,
 * so texts that vary (lists of ids) must stay unnamed.
 *
 * With `versions`, a statement that writes raises its tables' versions before it runs and again once
 * it is committed (at the end of its transaction, or at once outside one): a cache load on another
 * connection between the write and the commit still reads the old rows, and the second raise makes
 * them unusable. Writes by other processes arrive through LISTEN (server/db/cache/write-listener.ts).
 */
export function withNamedStatements(pool: pg.Pool, versions?: TableVersions): PostgresPool {
  const writesOf = new Map<string, ReturnType<typeof statementWrites>>();
  const classify = (sql: string) => {
    let w = writesOf.get(sql);
    if (!w) {
      w = statementWrites(sql);
      // Texts vary with list lengths; the classification is cheap to redo, so the memo stays bounded.
      if (writesOf.size > 1000) writesOf.clear();
      writesOf.set(sql, w);
    }
    return w;
  };
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    // Tables written in the open transaction; null outside one.
    let pending: Set<string> | 'all' | null = null;
    const afterCommit = (tables: readonly string[] | Set<string> | 'all') =>
      versions?.bump(tables === 'all' ? 'all' : [...tables]);
    function query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
    function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
    function query<R>(
      sqlOrCursor: string | PostgresCursor<R>,
      parameters?: ReadonlyArray<unknown>,
    ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
      if (typeof sqlOrCursor !== 'string')
        return client.query(sqlOrCursor as unknown as pg.Submittable) as unknown as PostgresCursor<R>;
      const values = [...(parameters ?? [])];
      const name = markerPattern.exec(sqlOrCursor)?.[1];
      const result = name ? client.query({ name, text: sqlOrCursor, values }) : client.query(sqlOrCursor, values);
      if (!versions) return result as unknown as Promise<PostgresQueryResult<R>>;
      const w = classify(sqlOrCursor);
      if (w.kind === 'begin') pending = new Set();
      else if (w.kind === 'write') {
        versions.bump(w.tables);
        if (pending === null)
          return result.finally(() => afterCommit(w.tables)) as unknown as Promise<PostgresQueryResult<R>>;
        if (w.tables === 'all') pending = 'all';
        else if (pending !== 'all') for (const t of w.tables) pending.add(t);
      } else if (w.kind === 'end' && pending !== null) {
        const written = pending;
        pending = null;
        return result.finally(() => afterCommit(written)) as unknown as Promise<PostgresQueryResult<R>>;
      }
      return result as unknown as Promise<PostgresQueryResult<R>>;
    }
    return { query, release: () => client.release() };
  };
  return { connect: async () => wrap(await pool.connect()), end: () => pool.end() };
}
