import { type RawBuilder, sql } from 'kysely';
import type { Dialect } from '../db/database';
import type { AnyFieldMap, FieldKind } from './field-map';

function value(dialect: Dialect, column: string, kind: FieldKind): RawBuilder<unknown> {
  // The camelCase plugin turns the reference into the snake_case column.
  const ref = sql.ref(column);
  switch (kind) {
    case 'text':
    case 'int':
    case 'real':
      return sql`${ref}`;
    case 'bool':
      return dialect === 'postgres' ? sql`(${ref} = 1)` : sql`json(case when ${ref} = 1 then 'true' else 'false' end)`;
    case 'json':
      return dialect === 'postgres' ? sql`${ref}::json` : sql`json(${ref})`;
  }
}

/**
 * One row as JSON text, written by the database (SQLite json_object, PostgreSQL json_build_object),
 * with the fields, names and types of the row's API shape (see field-map.ts). Field names are constants of
 * this code, so they are inlined as literals: PostgreSQL cannot type a parameter there.
 */
export function rowJson(dialect: Dialect, spec: AnyFieldMap): RawBuilder<string> {
  const args = sql.join(spec.flatMap(([field, column, kind]) => [sql.lit(field), value(dialect, column, kind)]));
  return dialect === 'postgres' ? sql<string>`json_build_object(${args})::text` : sql<string>`json_object(${args})`;
}
