import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import { createQueryId } from 'kysely';
import { preparedMarker } from './named-statements';
import type { DB } from './schema';

/** Stands in for an argument while the query is compiled; cannot collide with a real value. */
const placeholder = (name: string) => `\u0000prepared-argument:${name}`;

type Compiled = { query: CompiledQuery; slots: (string | null)[] };
let preparedCount = 0;

/**
 * A query that is built and compiled once per database and afterwards only gets new argument
 * values. Building and compiling a Kysely query (with the camelCase plugin) costs far more CPU
 * than running a short indexed lookup, which matters on paths every device calls every minute
 * (session lookup, the no-op pull). `build` receives `arg(name)`, a placeholder typed as that
 * argument; it must only be used as a value, never as an identifier. Curried so the row type is
 * inferred from the builder: `preparedQuery<{ id: string }>()((db, arg) => db.selectFrom(...))`.
 */
export const preparedQuery =
  <Args extends Record<string, unknown>>() =>
  <O>(build: (db: Kysely<DB>, arg: <K extends keyof Args & string>(name: K) => Args[K]) => Compilable<O>) => {
    const perDatabase = new WeakMap<Kysely<DB>, Compiled>();
    // Also the statement's name on PostgreSQL (see withNamedStatements); a comment elsewhere.
    const marker = preparedMarker(`ikz_prepared_${++preparedCount}`);
    const compile = (db: Kysely<DB>): Compiled => {
      const names = new Set<string>();
      const query = build(db, (name) => {
        names.add(name);
        return placeholder(name) as never;
      }).compile();
      const byPlaceholder = new Map([...names].map((n) => [placeholder(n), n]));
      const slots = query.parameters.map((p) => (typeof p === 'string' ? (byPlaceholder.get(p) ?? null) : null));
      // A placeholder that ended up inside the SQL text (or was dropped) would silently ignore its argument.
      for (const n of names)
        if (!slots.includes(n))
          throw new Error(`preparedQuery: argument "${n}" is not a parameter of the compiled query`);
      return { query: { ...query, sql: marker + query.sql }, slots };
    };
    return async (db: Kysely<DB>, args: Args): Promise<O[]> => {
      let compiled = perDatabase.get(db);
      if (!compiled) {
        compiled = compile(db);
        perDatabase.set(db, compiled);
      }
      const { query, slots } = compiled;
      const parameters = query.parameters.map((p, i) => {
        const slot = slots[i];
        return slot === null || slot === undefined ? p : args[slot];
      });
      const result = await db.executeQuery<O>({ ...query, queryId: createQueryId(), parameters });
      return result.rows;
    };
  };
