import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/** Put in front of a statement's text by preparedQuery; names it for PostgreSQL. */
export const preparedMarker = (name: string): string => `/* prepared:${name} */ `;
const markerPattern = /^\/\* prepared:([\w-]+) \*\/ /;

/**
 * A pg pool for Kysely on which statements compiled once (server/db/prepared.ts) are also parsed and
 * planned once per connection, as PostgreSQL named prepared statements: a no-op pull then costs the
 * database two executions instead of two parses and plans, about a quarter more pulls per second.
 * Only marked statements are named: pg keeps every named statement for the connection's lifetime,
 * so texts that vary (lists of ids) must stay unnamed.
 */
export function withNamedStatements(pool: pg.Pool): PostgresPool {
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    function query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
    function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
    function query<R>(sqlOrCursor: string | PostgresCursor<R>, parameters?: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
      if (typeof sqlOrCursor !== 'string') return client.query(sqlOrCursor as unknown as pg.Submittable) as unknown as PostgresCursor<R>;
      const values = [...(parameters ?? [])];
      const name = markerPattern.exec(sqlOrCursor)?.[1];
      const result = name ? client.query({ name, text: sqlOrCursor, values }) : client.query(sqlOrCursor, values);
      return result as unknown as Promise<PostgresQueryResult<R>>;
    }
    return { query, release: () => client.release() };
  };
  return { connect: async () => wrap(await pool.connect()), end: () => pool.end() };
}
