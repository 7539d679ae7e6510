import type { Table } from 'dexie';
import { newId } from '../../shared/ids/new-id';
import type { TimeEntry } from '../../shared/time-entries/schema';

/**
 * Time entries are kept many to an IndexedDB record ("chunk"): one person's entries of one month,
 * split into chunks of at most CHUNK_ROWS. Time entries are what a device holds most of (years of
 * them), and IndexedDB's cost is per record: every record is cloned, keyed and written on its own,
 * so a first sync storing 10,000 entries one record each spent most of its time there. The key
 * `personId|YYYY-MM|n` serves a person's date ranges; a multi-entry index on `ids` finds an
 * entry's chunk. (A directory of id to chunk, kept in a few records of its own, was tried: it
 * must be read and rewritten whole for every page a first sync stores, which cost more.)
 */
export type EntryChunk = { key: string; ids: string[]; rows: TimeEntry[] };

/**
 * A chunk grows by small writes up to this many entries; a larger batch starts chunks of its own.
 * Every save rewrites its chunk, and a read by id clones all of it: 64 kept a save in
 * fake-indexeddb at 4–5 ms against 6–8 ms with 256, and the first sync was no slower.
 */
export const CHUNK_ROWS = 64;
/**
 * Writes of fewer entries than this for one month join the month's
 * newest chunk, so edits do not leave a trail of tiny chunks.
 */
const SMALL_WRITE = 32;
/**
 * A large write is cut into at least this many chunks (of at least MIN_SPLIT entries). Dexie notes
 * each id of each chunk a write of fewer than 50 records changes, for its live queries, and that
 * bookkeeping cost more than the chunks saved; from 50 records on it notes "the whole table".
 */
const SPLIT_INTO = 50;
const MIN_SPLIT = 16;
const HIGH = '\uffff';

const monthPrefix = (personId: string, date: string) => `${personId}|${date.slice(0, 7)}|`;

/**
 * The device's time entries, with the record-per-row methods the sync code uses on every other
 * table (get, bulkGet, put, bulkPut, delete, bulkDelete, clear, toArray, count) and the two
 * queries the screens need. Writes run in a transaction of their own or join the caller's, which
 * must include `entryChunks`.
 */
export class EntryStore {
  constructor(readonly chunks: Table<EntryChunk, string>) {}

  private rw<T>(fn: () => Promise<T>): Promise<T> {
    return this.chunks.db.transaction('rw', this.chunks, fn);
  }

  async get(id: string): Promise<TimeEntry | undefined> {
    const chunk = await this.chunks.where('ids').equals(id).first();
    return chunk?.rows.find((r) => r.id === id);
  }

  async bulkGet(ids: string[]): Promise<(TimeEntry | undefined)[]> {
    const found = await this.locate(ids);
    return ids.map((id) => found.get(id)?.row);
  }

  /** The chunk and version of each of `ids` that is stored; one chunk object per key, so edits to it add up. */
  private async locate(ids: readonly string[]): Promise<Map<string, { chunk: EntryChunk; row: TimeEntry }>> {
    const out = new Map<string, { chunk: EntryChunk; row: TimeEntry }>();
    if (ids.length === 0) return out;
    const wanted = new Set(ids);
    // Keys first: a cursor over the index with values would read a chunk once per id it holds.
    const keys = await this.chunks
      .where('ids')
      .anyOf([...wanted])
      .primaryKeys();
    if (keys.length === 0) return out;
    for (const chunk of await this.chunks.bulkGet([...new Set(keys)])) {
      if (chunk) for (const row of chunk.rows) if (wanted.has(row.id)) out.set(row.id, { chunk, row });
    }
    return out;
  }

  put(row: TimeEntry): Promise<void> {
    return this.bulkPut([row]);
  }

  /** Inserts or replaces by id (the last of several versions of one id wins, as in Dexie's bulkPut). */
  bulkPut(rows: TimeEntry[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return this.rw(async () => {
      const latest = new Map<string, TimeEntry>();
      for (const r of rows) latest.set(r.id, r);
      const located = await this.locate([...latest.keys()]);
      const dirty = new Map<string, EntryChunk>();
      const placing = new Map<string, TimeEntry[]>();
      for (const row of latest.values()) {
        const prefix = monthPrefix(row.personId, row.date);
        const at = located.get(row.id);
        if (at?.chunk.key.startsWith(prefix)) {
          // Same person and month: replaced where it is.
          at.chunk.rows[at.chunk.rows.findIndex((r) => r.id === row.id)] = row;
          dirty.set(at.chunk.key, at.chunk);
          continue;
        }
        if (at) {
          at.chunk.rows = at.chunk.rows.filter((r) => r.id !== row.id);
          dirty.set(at.chunk.key, at.chunk);
        }
        const group = placing.get(prefix);
        if (group) group.push(row);
        else placing.set(prefix, [row]);
      }
      let placed = 0;
      for (const group of placing.values()) placed += group.length;
      const size = Math.min(CHUNK_ROWS, Math.max(MIN_SPLIT, Math.ceil(placed / SPLIT_INTO)));
      for (const [prefix, group] of placing) {
        if (group.length < SMALL_WRITE) {
          const newestKey = (
            await this.chunks
              .where('key')
              .between(prefix, prefix + HIGH)
              .reverse()
              .limit(1)
              .primaryKeys()
          )[0];
          const newest =
            newestKey === undefined ? undefined : (dirty.get(newestKey) ?? (await this.chunks.get(newestKey)));
          if (newest && newest.rows.length + group.length <= CHUNK_ROWS) {
            newest.rows.push(...group);
            dirty.set(newest.key, newest);
            continue;
          }
        }
        for (let i = 0; i < group.length; i += size) {
          const chunk: EntryChunk = { key: prefix + newId(), ids: [], rows: group.slice(i, i + size) };
          dirty.set(chunk.key, chunk);
        }
      }
      await this.write(dirty);
    });
  }

  delete(id: string): Promise<void> {
    return this.bulkDelete([id]);
  }

  bulkDelete(ids: string[]): Promise<void> {
    if (ids.length === 0) return Promise.resolve();
    return this.rw(async () => {
      const gone = new Set(ids);
      const dirty = new Map<string, EntryChunk>();
      for (const { chunk } of (await this.locate(ids)).values()) dirty.set(chunk.key, chunk);
      for (const chunk of dirty.values()) chunk.rows = chunk.rows.filter((r) => !gone.has(r.id));
      await this.write(dirty);
    });
  }

  /** Writes changed chunks with their ids, and drops those left empty. */
  private async write(dirty: Map<string, EntryChunk>): Promise<void> {
    const kept: EntryChunk[] = [];
    const emptied: string[] = [];
    for (const chunk of dirty.values()) {
      if (chunk.rows.length === 0) emptied.push(chunk.key);
      else kept.push({ key: chunk.key, ids: chunk.rows.map((r) => r.id), rows: chunk.rows });
    }
    if (kept.length > 0) await this.chunks.bulkPut(kept);
    if (emptied.length > 0) await this.chunks.bulkDelete(emptied);
  }

  clear(): Promise<void> {
    return this.chunks.clear();
  }

  async toArray(): Promise<TimeEntry[]> {
    return (await this.chunks.toArray()).flatMap((c) => c.rows);
  }

  /** Every stored entry id, read from the chunks' id index without cloning their rows. */
  async ids(): Promise<string[]> {
    return (await this.chunks.orderBy('ids').uniqueKeys()) as string[];
  }

  async count(): Promise<number> {
    let n = 0;
    await this.chunks.each((c) => (n += c.rows.length));
    return n;
  }

  /** One person's entries from `from` to `to` (dates, both included), by date, then start. */
  async between(personId: string, from: string, to: string): Promise<TimeEntry[]> {
    if (from > to) return [];
    const chunks = await this.chunks
      .where('key')
      .between(monthPrefix(personId, from), monthPrefix(personId, to) + HIGH)
      .toArray();
    const rows = chunks.flatMap((c) => c.rows.filter((r) => r.date >= from && r.date <= to));
    return rows.sort(
      (a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
    );
  }

  /** The entries of the person's latest day with any, or none. */
  async latestDay(personId: string): Promise<TimeEntry[]> {
    const lastKey = (
      await this.chunks.where('key').between(`${personId}|`, `${personId}|${HIGH}`).reverse().limit(1).primaryKeys()
    )[0];
    if (lastKey === undefined) return [];
    const prefix = lastKey.slice(0, lastKey.lastIndexOf('|') + 1);
    const rows = (
      await this.chunks
        .where('key')
        .between(prefix, prefix + HIGH)
        .toArray()
    ).flatMap((c) => c.rows);
    // Dates compare as strings (ISO), so no Math.max here.
    const day = rows.reduce((max, r) => (r.date > max ? r.date : max), '');
    return rows.filter((r) => r.date === day);
  }
}
