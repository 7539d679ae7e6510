import type { Kysely } from 'kysely';
import type { RecordAction } from '../../shared/audit/actions';
import { insertMany } from '../db/bulk-insert';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';
import type { SyncTable } from '../../shared/sync/protocol';
import { type AnyFieldMap, fromColumn as auditValue } from '../sync/field-map';
import { serverRecords } from '../sync/registry';
import type { RawRow, RowChange } from '../sync/row-store';
import { chunksOf } from '../sync/sql-chunks';
import { newAuditId } from './audit-ids';
import { type PendingCreate, writeCreatesFromRows } from './creates-from-rows';

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
  /** Creates whose JSON the database writes from the row at flush (creates-from-rows.ts), by table and row id. */
  private readonly creates = new Map<SyncTable, Map<string, PendingCreate>>();

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
      const id = String(after.id);
      const pending = this.creates.get(table)?.get(id);
      if (pending) {
        // Changed again in this push: the row as written will not be the row as created, which `before` is.
        this.creates.get(table)!.delete(id);
        this.push(pending.auditId, pending.at, 'create', table, id, null, JSON.stringify(fieldsOf(map, before!)));
      }
      if (!before) {
        let ofTable = this.creates.get(table);
        if (!ofTable) this.creates.set(table, (ofTable = new Map()));
        ofTable.set(id, { auditId: newAuditId(), rowId: id, at: stamp });
        continue;
      }
      if (isDeleted(before) && !isDeleted(after)) {
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
      const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
      this.push(newAuditId(), stamp, action, table, id, json(values[0]), json(values[1]));
    }
  }

  get size(): number {
    let n = this.rows.length;
    for (const ofTable of this.creates.values()) n += ofTable.size;
    return n;
  }

  /** Writes the collected entries in the push's transaction, after the push's rows (creates read them). */
  async flush(trx: Kysely<DB>, dialect: Dialect, maxParams: number): Promise<void> {
    for (const part of chunksOf(this.rows, COLUMNS.length, maxParams))
      await trx.executeQuery(insertMany(dialect, 'auditLog', COLUMNS, part));
    for (const [table, ofTable] of this.creates)
      if (ofTable.size > 0)
        await writeCreatesFromRows(trx, dialect, table, auditedFields(table), this.associationId, this.actorId, [
          ...ofTable.values(),
        ]);
  }

  private push(
    id: string,
    at: string,
    action: string,
    table: SyncTable,
    rowId: string,
    before: string | null,
    after: string | null,
  ): void {
    // JSON made once, by the caller; the INSERT binds the text.
    const { associationId, actorId } = this;
    this.rows.push({ id, associationId, at, actorId, action, tableName: table, rowId, before, after });
  }
}
