import type { Table } from 'dexie';
import type { z } from 'zod';
import type { SessionUser } from '../../shared/auth/schemas';
import type { Capability } from '../../shared/capabilities/capabilities';
import type { RecordOf, RowOf, SyncTable } from '../../shared/sync/protocol';
import type { ConflictRecord, LocalDb, RowStore } from '../db/local-db';
import type { MessageKey } from '../i18n/i18n';

/** Synced tables whose definition offers mutations: the ones a device changes and queues. */
export type WritableTable = { [T in SyncTable]: [RecordOf<T>['ops'][number]] extends [never] ? never : T }[SyncTable];
/** The fields people edit in a table's rows. */
export type FieldOf<T extends SyncTable> = keyof RecordOf<T>['editable'] & string;
export type EditableOf<T extends SyncTable> = z.infer<z.ZodObject<RecordOf<T>['editable']>>;

/** Typed row access for one table; Dexie tables and EntryStore both have it. */
export type Rows<R> = {
  get(id: string): Promise<R | undefined>;
  put(row: R): Promise<unknown>;
  delete(id: string): Promise<void>;
};

/** Where a table's rows live on the device. */
export type RowPlace<T extends SyncTable> = {
  /** The rows, one by one or in bulk. */
  rows(db: LocalDb): RowStore & Rows<RowOf<T>>;
  /** The Dexie table whose records hold the rows (for time entries, their chunks): transaction scopes. */
  records(db: LocalDb): Table;
  /** Every stored row id, without reading the rows. */
  ids(db: LocalDb): Promise<string[]>;
};

/** A table kept one Dexie record per row. */
export function plainRows<R extends { id: string }>(table: (db: LocalDb) => Table<R, string>) {
  return { rows: table, records: table, ids: (db: LocalDb) => table(db).toCollection().primaryKeys() };
}

/** How a person resolves a type's conflicts and refused changes (conflict-actions.ts, problem-list.tsx). */
export type ConflictHooks = {
  /** Writes my side again as a new local change over theirs; returns the id of the row that holds it. */
  keepMine(db: LocalDb, user: SessionUser, c: ConflictRecord): Promise<string>;
  /** The page where a person edits a row. */
  route(rowId: string): string;
  /** The page where a refused create is edited and sent again, if the type has one. */
  resend?: (mutationId: number) => string;
  /** Capabilities of which the person needs one to change this type at all (the server checks the same). */
  needs: readonly Capability[];
};

/**
 * One synced table as the device knows it. Tables the device changes also say how their conflicts
 * are resolved; a table missing from client/sync/registry.ts, or a hook missing, is a type error.
 */
export type ClientRecord<T extends SyncTable> = RowPlace<T> & {
  /** How the sync screens name each editable field. */
  labels: Readonly<Record<FieldOf<T>, MessageKey>>;
} & (T extends WritableTable ? { conflict: ConflictHooks } : unknown);
