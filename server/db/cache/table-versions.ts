import { sql } from 'kysely';

/**
 * What a statement writes, read off its SQL text: the tables named after INSERT INTO, UPDATE or
 * DELETE FROM at its start; 'all' when it may write but its tables are not clear (WITH, DDL, PRAGMA,
 * anything unknown), so a cache errs towards reloading; 'begin' / 'end' for transaction control.
 */
export type StatementWrites =
  | { kind: 'read' }
  | { kind: 'write'; tables: readonly string[] | 'all' }
  | { kind: 'begin' }
  | { kind: 'end' }
  | { kind: 'savepoint' };

const leadingComments = /^(\s|\/\*[\s\S]*?\*\/|--[^\n]*\n)*/;

/**
 * Appended to a write (`.modifyEnd(KEEPS_CACHES)`) that leaves every cached value right, so it need
 * not empty the caches of its table. Only for writes whose effect the cached values already allow
 * for, like extending a session's expiry (caches hold it as a lower bound). PostgreSQL's triggers
 * must then skip it too (migration 002 lists the session columns that matter).
 */
export const KEEPS_CACHES = sql.raw('/* keeps-caches */');
const keepsCachesMarker = /\/\* keeps-caches \*\/\s*$/;
const writeTarget =
  /^(?:insert\s+(?:or\s+\w+\s+)?into|update(?:\s+or\s+\w+)?|delete\s+from)\s+(?:"?(\w+)"?\.)?"?(\w+)"?/i;

export function statementWrites(sql: string): StatementWrites {
  const text = sql.replace(leadingComments, '');
  const head = text.slice(0, 24).toLowerCase();
  if (head.startsWith('select') || head.startsWith('explain')) return { kind: 'read' };
  if (head.startsWith('begin') || head.startsWith('start transaction')) return { kind: 'begin' };
  if (/^(commit|end|rollback)\s*;?\s*$/i.test(text)) return { kind: 'end' };
  if (head.startsWith('savepoint') || head.startsWith('release') || head.startsWith('rollback to'))
    return { kind: 'savepoint' };
  const target = writeTarget.exec(text);
  if (target) return { kind: 'write', tables: keepsCachesMarker.test(text) ? [] : [target[2]!.toLowerCase()] };
  return { kind: 'write', tables: 'all' };
}

/**
 * A version per database table, raised by every write to it, for caches of rows read on every request
 * (sessions, the sync counter). An entry read while the versions of its tables summed to S is valid as
 * long as they still do: versions only grow, so an unchanged sum means no write since. The database
 * layer raises them: before a statement runs, and on PostgreSQL again after the transaction ends and
 * when another process reports a commit (see server/db/database.ts).
 */
export class TableVersions {
  private readonly versions = new Map<string, number>();
  private everything = 0;
  /** Raised by every bump: when it has not moved, no stamp has (the common case, checked first). */
  writes = 0;
  /**
   * False while writes by other processes could go unnoticed (PostgreSQL before its LISTEN
   * connection is up or after it dropped); caches then read the database every time.
   */
  trusted = true;
  /** Called before a cache read; SQLite uses it to notice commits by other processes. */
  beforeRead: (() => void) | undefined;

  stamp(tables: readonly string[]): number {
    let sum = this.everything;
    for (const t of tables) sum += this.versions.get(t) ?? 0;
    return sum;
  }

  bump(tables: readonly string[] | 'all'): void {
    this.writes++;
    if (tables === 'all') {
      this.everything++;
      return;
    }
    for (const t of tables) this.versions.set(t, (this.versions.get(t) ?? 0) + 1);
  }
}

/**
 * Rows kept in memory while the tables they were read from are unchanged, up to `max` entries
 * (oldest dropped first). Misses are loaded by the caller: `stamp()` before the read, `set(key,
 * value, stamp)` after it, so a write that ran meanwhile makes the value unusable rather than stale.
 */
export class VersionedCache<K, V> {
  private readonly entries = new Map<K, V>();
  private entriesStamp = -1;
  private seenWrites = -1;

  constructor(
    private readonly versions: TableVersions,
    private readonly tables: readonly string[],
    private readonly max = 10_000,
  ) {}

  /** The current stamp; also drops every entry once any of the tables was written. */
  stamp(): number {
    this.versions.beforeRead?.();
    if (this.versions.writes === this.seenWrites) return this.entriesStamp;
    this.seenWrites = this.versions.writes;
    const now = this.versions.stamp(this.tables);
    if (now !== this.entriesStamp) {
      this.entries.clear();
      this.entriesStamp = now;
    }
    return now;
  }

  get(key: K): V | undefined {
    if (!this.versions.trusted) return undefined;
    this.stamp();
    return this.entries.get(key);
  }

  set(key: K, value: V, readAtStamp: number): void {
    if (!this.versions.trusted || readAtStamp !== this.stamp()) return;
    if (this.entries.size >= this.max && !this.entries.has(key))
      this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
  }

  get size(): number {
    return this.entries.size;
  }
}
