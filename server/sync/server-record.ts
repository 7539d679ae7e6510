import type { z } from 'zod';
import type { MutationsOf } from '../../shared/sync/record';
import type { RecordOf, SyncTable } from '../../shared/sync/protocol';
import type { DB } from '../db/schema';
import type { FieldMap } from './field-map';
import type { MutationContext, Outcome } from './mutation-context';
import type { Scope } from './scope';

/** The server's handler of each mutation a record type offers; a missing one does not compile. */
export type Mutators<T extends SyncTable> = {
  [M in MutationsOf<RecordOf<T>> as M['name']]: (ctx: MutationContext, args: M['args']) => Promise<Outcome>;
};

/**
 * A record type on the server: its one field map, who may read it (required: there is no default
 * scope, and one that matches nothing returns nothing) and its mutators. Registered in registry.ts.
 */
export type ServerRecord<T extends SyncTable> = {
  readonly table: T & keyof DB;
  readonly fields: FieldMap<DB[T & keyof DB]>;
  readonly read: Scope;
  readonly mutators: Mutators<T>;
  /**
   * The tables its fields point to, so a push reads every referenced row in one statement per table
   * (prefetch.ts). Only for speed: a reference left out is read on its own when a mutator asks for it.
   */
  readonly references?: Partial<Record<keyof RowOfRecord<T> & string, SyncTable>>;
};

/** The API row a field map produces, for type checks of the map against the shared row. */
export type RowOfRecord<T extends SyncTable> = z.infer<RecordOf<T>['row']>;

export const serverRecord = <T extends SyncTable>(r: ServerRecord<T>): ServerRecord<T> => r;
