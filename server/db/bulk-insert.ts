import { CompiledQuery } from 'kysely';
import type { Dialect } from './database';

/** The column name CamelCasePlugin gives a camelCase field (the schema has no digits or runs of capitals). */
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const quoted = (name: string) => `"${snake(name)}"`;

export type Upsert = { key: readonly string[]; set: readonly string[] };

/**
 * One multi-row INSERT (optionally an upsert on `key` setting `set` from the new row), compiled here
 * rather than by the query builder: building and transforming a node per value costs more than the
 * database's own work for a push's few hundred rows. Column names are mapped as CamelCasePlugin maps them.
 */
export function insertMany(
  dialect: Dialect,
  table: string,
  columns: readonly string[],
  rows: readonly Readonly<Record<string, unknown>>[],
  upsert?: Upsert,
): CompiledQuery {
  const parameters: unknown[] = [];
  let n = 0;
  const place = dialect === 'postgres' ? () => `$${++n}` : () => '?';
  const tuples = rows.map((row) => {
    const marks = columns.map((c) => {
      parameters.push(row[c] ?? null);
      return place();
    });
    return `(${marks.join(',')})`;
  });
  let text = `insert into ${quoted(table)} (${columns.map(quoted).join(',')}) values ${tuples.join(',')}`;
  if (upsert) {
    const set = upsert.set.map((c) => `${quoted(c)} = excluded.${quoted(c)}`).join(', ');
    text += ` on conflict (${upsert.key.map(quoted).join(',')}) do update set ${set}`;
  }
  return CompiledQuery.raw(text, parameters);
}
