import type { AuditRow } from '../../shared/audit/schema';

/** One line of an entry's table: a field's label and its values before and after, as text. */
export type ValueLine = { field: string; label: string; before: string; after: string };

export type ValueWords = {
  /** A field's label, or undefined when the record type names none (the field name is shown). */
  label: (field: string) => string | undefined;
  /** A referenced row's name (a person, a municipality …) for an id, if the device knows it. */
  nameOf: (id: string) => string | undefined;
  yes: string;
  no: string;
  none: string;
};

/** A stored value as a person reads it: names for known ids, yes/no, lists joined; JSON only as a last resort. */
export function valueText(value: unknown, words: ValueWords): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return words.nameOf(value) ?? value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? words.none : value.map((v) => valueText(v, words)).join(', ');
  return JSON.stringify(value);
}

/**
 * The fields of an entry with their old and new values: a create shows its new values, a delete the
 * old ones, an update only what changed (as stored). Fields in the order the row lists them.
 */
export function valueLines(row: Pick<AuditRow, 'before' | 'after'>, words: ValueWords): ValueLine[] {
  const fields = [...new Set([...Object.keys(row.before ?? {}), ...Object.keys(row.after ?? {})])];
  return fields.map((field) => ({
    field,
    label: words.label(field) ?? field,
    before: row.before ? valueText(row.before[field], words) : '',
    after: row.after ? valueText(row.after[field], words) : '',
  }));
}
