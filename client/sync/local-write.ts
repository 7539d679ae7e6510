import type { Table } from 'dexie';
import { AppError } from '../../shared/errors/errors';
import { applyChanges, type Loose } from '../../shared/sync/merge';
import type { Op } from '../../shared/sync/record';
import type { LocalDb, OutboxEntry } from '../db/local-db';
import { guardStorage } from '../db/storage-errors';
import type { Rows, WritableTable } from './client-record';

type Fields = Record<string, unknown>;
type SyncedRow = { id: string; rev: number };
type Def<T extends WritableTable> = { table: T; prefix: string; editable: object };
type Place<Row> = { rows(db: LocalDb): Rows<Row>; records(db: LocalDb): Table };
const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
const pick = (row: object, keys: readonly string[]): Fields =>
  Object.fromEntries(keys.filter((k) => k in row).map((k) => [k, (row as Fields)[k]]));

/**
 * Local writes of one record type: the row and its outbox entry in one transaction (both or
 * neither), with the mutation's arguments derived from the definition. Capabilities wrap these and
 * add only their own checks (client/time-entries/local-writes.ts, client/assignments/local-writes.ts).
 */
export function localWriter<T extends WritableTable, Row extends SyncedRow>(def: Def<T>, place: Place<Row>) {
  const fields = Object.keys(def.editable);
  const inTransaction = <R>(db: LocalDb, fn: () => Promise<R>): Promise<R> =>
    guardStorage(() => db.transaction('rw', [place.records(db), db.outbox], fn));
  const queue = (db: LocalDb, op: Op, rowId: string, args: Fields, now: Date) =>
    // Name and arguments match by construction (shared/sync/record.ts argsSchemaOf); TS cannot follow a built name.
    db.outbox.add({
      name: `${def.prefix}.${op}`,
      args: { id: rowId, ...args },
      table: def.table,
      rowId,
      createdAt: now.toISOString(),
    } as OutboxEntry);

  return {
    /** Stores a new row and queues its create with the editable fields. */
    create: (db: LocalDb, row: Row, now: Date): Promise<Row> =>
      inTransaction(db, async () => {
        await place.rows(db).put(row);
        await queue(db, 'create', row.id, pick(row, fields), now);
        return row;
      }),

    /**
     * Applies the changes and queues only the fields that really changed, each with the value this
     * device saw (its own unsent edits included: the server applies them in order). `check` may refuse.
     */
    update: (
      db: LocalDb,
      id: string,
      changes: Loose<Row>,
      now: Date,
      check: (row: Row, next: Row) => void = () => {},
    ): Promise<Row> =>
      inTransaction(db, async () => {
        const row = await place.rows(db).get(id);
        if (!row) throw new AppError('not_found', `Not on this device: ${def.table} ${id}`);
        const next = applyChanges(row, changes);
        check(row, next);
        const keys = Object.keys(changes).filter(
          (k) => fields.includes(k) && !same((row as Fields)[k], (next as Fields)[k]),
        );
        if (keys.length === 0) return row;
        await place.rows(db).put(next);
        await queue(db, 'update', id, { baseRev: row.rev, base: pick(row, keys), changes: pick(next, keys) }, now);
        return next;
      }),

    /** Removes the row and queues its delete with the fields as this device saw them; gone already is done. */
    delete: (db: LocalDb, id: string, now: Date, check: (row: Row) => void = () => {}): Promise<void> =>
      inTransaction(db, async () => {
        const row = await place.rows(db).get(id);
        if (!row) return;
        check(row);
        await place.rows(db).delete(id);
        await queue(db, 'delete', id, { base: pick(row, fields) }, now);
      }),
  };
}
