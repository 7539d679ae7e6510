import type { Selectable } from 'kysely';

/** How a column's value becomes the API field's: as is, a number (whole or not), 0/1 as boolean, or parsed JSON. */
export type FieldKind = 'text' | 'int' | 'real' | 'bool' | 'json';

/**
 * A record type's one field map on the server: [API field, column, kind] per field of the row. The
 * columns to read, the mapping from a database row, the values to write and the JSON the database
 * writes for a pull (row-json.ts) all come from it; a conformance test checks it against the row schema.
 */
export type FieldMap<Table = unknown> = readonly (readonly [
  field: string,
  column: keyof Selectable<Table> & string,
  kind: FieldKind,
])[];

/** Any table's field map, for the functions that only read it. */
export type AnyFieldMap = readonly (readonly [field: string, column: string, kind: FieldKind])[];

export const columnsOf = (map: AnyFieldMap): string[] => map.map(([, column]) => column);

export function fromColumn(kind: FieldKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'text':
      return value;
    case 'int':
    case 'real':
      return Number(value);
    case 'bool':
      return value === 1 || value === true;
    case 'json':
      return JSON.parse(String(value));
  }
}

function toColumn(kind: FieldKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'bool':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value);
    default:
      return value;
  }
}

/**
 * A database row (camelCase columns) as the API's row. The row
 * schema is the contract; the conformance test parses with it.
 */
export function rowFrom<Row>(map: AnyFieldMap, dbRow: Record<string, unknown>): Row {
  const row: Record<string, unknown> = {};
  for (const [field, column, kind] of map) row[field] = fromColumn(kind, dbRow[column]);
  return row as Row;
}

/** The column values for the API fields present in `fields` (a row or a part of one), but those in `except`. */
export function columnValues(
  map: AnyFieldMap,
  fields: Record<string, unknown>,
  except?: ReadonlySet<string>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, column, kind] of map)
    if (field in fields && !except?.has(field)) values[column] = toColumn(kind, fields[field]);
  return values;
}
