import type { Kysely } from 'kysely';
import type { RecordAction } from '../../shared/audit/actions';
import { newId } from '../../shared/ids/ids';
import { insertMany } from '../db/bulk-insert';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';
import type { SyncTable } from '../../shared/sync/protocol';
import { type AnyFieldMap, fromColumn as auditValue } from '../sync/field-map';
import { serverRecords } from '../sync/registry';
import type { RawRow, RowChange } from '../sync/row-store';
import { chunksOf } from '../sync/sql-chunks';

/** Stamps the server sets on every write: the audit row's own time and row id say the same. */
const STAMPS = new Set(['id', 'rev', 'updatedAt']);
const COLUMNS = ['id', 'associationId', 'at', 'actorId', 'action', 'tableName', 'rowId', 'before', 'after'];

/** Each table's field map without the stamps, made once: a push of 1,000 creates walks it 1,000 times. */
const audited = new Map<SyncTable, AnyFieldMap>();
function auditedFields(table: SyncTable): AnyFieldMap {
  let map = audited.get(table);
  if (!map) {
    map = (serverRecords[table].fields as AnyFieldMap).filter(([field]) => !STAMPS.has(field));
    audited.set(table, map);
  }
  return map;
}

/** The record's API fields of a row, without the stamps; JSON columns parsed. */
function fieldsOf(map: AnyFieldMap, row: RawRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, column, kind] of map) out[field] = auditValue(kind, row[column]);
  return out;
}

/** Only the fields an update changed, before and after; compared as stored, so JSON text compares as text. */
function changedFields(
  map: AnyFieldMap,
  before: RawRow,
  after: RawRow,
): [Record<string, unknown>, Record<string, unknown>] {
  const was: Record<string, unknown> = {};
  const is: Record<string, unknown> = {};
  for (const [field, column, kind] of map) {
    if (before[column] === after[column]) continue;
    was[field] = auditValue(kind, before[column]);
    is[field] = auditValue(kind, after[column]);
  }
  return [was, is];
}

const isDeleted = (row: RawRow) => Number(row.deleted) === 1;

/**
 * The audit log of a push's record changes (issue 15, point 4), for every record type alike: the push
 * hands each applied mutation's row changes here (RowStore.changes) and the entries are written with
 * the push's rows, in its transaction, one multi-row INSERT per parameter chunk. Values are the
 * record's API fields: a create's new row, a delete's old row, an update's changed fields only.
 */
export class SyncAudit {
  private readonly rows: Record<string, unknown>[] = [];

  constructor(
    private readonly associationId: string,
    private readonly actorId: string,
  ) {}

  /** Adds the changes of one applied (or merged) mutation, made at `at`. */
  add(changes: readonly RowChange[], at: Date): void {
    const stamp = at.toISOString();
    for (const { table, before, after } of changes) {
      const map = auditedFields(table);
      let action: RecordAction;
      let values: [unknown, unknown];
      if (!before || (isDeleted(before) && !isDeleted(after))) {
        action = 'create';
        values = [null, fieldsOf(map, after)];
      } else if (isDeleted(after)) {
        if (isDeleted(before)) continue;
        action = 'delete';
        values = [fieldsOf(map, before), null];
      } else {
        action = 'update';
        values = changedFields(map, before, after);
        // A write that changed nothing but the stamps changed nothing anyone can see.
        if (Object.keys(values[1] as object).length === 0) continue;
      }
      this.rows.push({
        id: newId(),
        associationId: this.associationId,
        at: stamp,
        actorId: this.actorId,
        action,
        tableName: table,
        rowId: String(after.id),
        // JSON made once, here; the INSERT binds the text.
        before: values[0] === null ? null : JSON.stringify(values[0]),
        after: values[1] === null ? null : JSON.stringify(values[1]),
      });
    }
  }

  get size(): number {
    return this.rows.length;
  }

  /** Writes the collected entries in the push's transaction. */
  async flush(trx: Kysely<DB>, dialect: Dialect, maxParams: number): Promise<void> {
    for (const part of chunksOf(this.rows, COLUMNS.length, maxParams))
      await trx.executeQuery(insertMany(dialect, 'auditLog', COLUMNS, part));
  }
}
