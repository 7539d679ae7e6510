import type { Kysely } from 'kysely';
import type { SyncTable } from '../../shared/sync/protocol';
import type { DB } from '../db/schema';
import { chunksOf } from './sql-chunks';

/** A database row as Kysely returns it (camelCase columns). */
export type RawRow = Readonly<Record<string, unknown>>;
export type Revocation = { associationId: string; personId: string; tableName: string; rowId: string; rev: number };
/** A row a push changed: its final state, whether the database has it yet, and the columns written. */
export type WrittenRow = { table: SyncTable; row: RawRow; isNew: boolean; columns: ReadonlySet<string> };

// The store serves every synced table; Kysely's per-table types cannot follow a table chosen at run time.
type LooseDb = Kysely<Record<string, Record<string, unknown>>>;
const loose = (trx: Kysely<DB>) => trx as unknown as LooseDb;
const keyOf = (table: string, id: string) => `${table}\u0000${id}`;

type Written = { table: SyncTable; isNew: boolean; columns: Set<string> };
/** A row one mutation changed: its state before the mutation (null: it did not exist) and after. */
export type RowChange = { table: SyncTable; before: RawRow | null; after: RawRow };

/**
 * The rows of one push transaction as its mutations see them: base rows are read in batches
 * (`load`), each mutation reads and writes here, and the writes reach the database together at the
 * end (row-flush.ts). A later mutation thus sees an earlier one's effect, as if each had been written
 * at once. A rejected mutation's writes are undone here (`rollback`), which replaces a savepoint.
 * Only the rows of the user's association are ever read: others' ids look absent.
 */
export class RowStore {
  /** Rows read or written, by table and id; null: not in this association. */
  private readonly rows = new Map<string, RawRow | null>();
  private readonly written = new Map<string, Written>();
  private readonly revoked: Revocation[] = [];
  private undo: (() => void)[] = [];
  /** Rows the current mutation touched, with their state before it (for the audit log). */
  private touched = new Map<string, { table: SyncTable; before: RawRow | null }>();
  private revokedMark = 0;

  constructor(
    private readonly trx: Kysely<DB>,
    private readonly associationId: string,
    private readonly maxParams: number,
  ) {}

  /** Reads the rows of `ids` not read yet, one statement per parameter chunk. */
  async load(table: SyncTable, ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.rows.has(keyOf(table, id)));
    for (const part of chunksOf(missing, 1, this.maxParams, 1)) {
      const found = await loose(this.trx)
        .selectFrom(table)
        .selectAll()
        .where('associationId', '=', this.associationId)
        .where('id', 'in', part)
        .execute();
      for (const id of part) this.rows.set(keyOf(table, id), null);
      for (const row of found) this.rows.set(keyOf(table, String(row.id)), row);
    }
  }

  /** A row already read (or written) in this push; undefined when it was never asked for. */
  peek(table: SyncTable, id: string): RawRow | null | undefined {
    return this.rows.get(keyOf(table, id));
  }

  /** The row with this id, deleted or not; read on its own only if no batch brought it (a missed prefetch). */
  async find(table: SyncTable, id: string): Promise<RawRow | null> {
    if (!this.rows.has(keyOf(table, id))) await this.load(table, [id]);
    return this.rows.get(keyOf(table, id)) ?? null;
  }

  /** The row unless it is missing or a tombstone. */
  async live(table: SyncTable, id: string): Promise<RawRow | null> {
    const row = await this.find(table, id);
    return row && Number(row.deleted) === 0 ? row : null;
  }

  /** Adds a new row (all its columns). */
  insert(table: SyncTable, row: RawRow & { id: string }): void {
    const key = this.remember(table, row.id);
    this.rows.set(key, row);
    this.written.set(key, { table, isNew: true, columns: new Set(Object.keys(row)) });
  }

  /** Changes columns of a row this push has read. */
  update(table: SyncTable, id: string, values: RawRow): void {
    const before = this.peek(table, id);
    if (!before) throw new Error(`Update of ${table} ${id}, which this push has not read`);
    const key = this.remember(table, id);
    // Object.assign rather than a spread: V8 spreads a row of this many columns into a new literal slowly.
    this.rows.set(key, Object.assign({}, before, values));
    const w = this.written.get(key) ?? { table, isNew: false, columns: new Set<string>() };
    for (const c of Object.keys(values)) w.columns.add(c);
    this.written.set(key, w);
  }

  revoke(rows: readonly Revocation[]): void {
    this.revoked.push(...rows);
  }

  /** Starts a mutation: what it writes until `rollback` can be undone. */
  begin(): void {
    this.undo = [];
    this.touched = new Map();
    this.revokedMark = this.revoked.length;
  }

  /** Undoes the current mutation's writes (it was rejected). */
  rollback(): void {
    for (const step of this.undo.reverse()) step();
    this.undo = [];
    this.touched = new Map();
    this.revoked.length = this.revokedMark;
  }

  /** What the current mutation changed, each row once, before and after it (server/audit/sync-audit.ts). */
  changes(): RowChange[] {
    const out: RowChange[] = [];
    for (const [key, t] of this.touched) out.push({ table: t.table, before: t.before, after: this.rows.get(key)! });
    return out;
  }

  /** The rows to write, in the order first written, and the revocations. */
  writes(): { rows: WrittenRow[]; revocations: readonly Revocation[] } {
    const rows = [...this.written].map(([key, w]) => ({ ...w, row: this.rows.get(key)! }));
    return { rows, revocations: this.revoked };
  }

  /** Keeps a row's state from before the current mutation touched it, for `rollback`. */
  private remember(table: SyncTable, id: string): string {
    const key = keyOf(table, id);
    const had = this.rows.has(key);
    const row = this.rows.get(key);
    const w = this.written.get(key);
    const saved = w && { ...w, columns: new Set(w.columns) };
    if (!this.touched.has(key)) this.touched.set(key, { table, before: row ?? null });
    this.undo.push(() => {
      if (had) this.rows.set(key, row ?? null);
      else this.rows.delete(key);
      if (saved) this.written.set(key, saved);
      else this.written.delete(key);
    });
    return key;
  }
}
