import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import type { TimeEntry } from '../../shared/time-entries/schema';
import { freshDbs } from '../testing/fresh-dbs';
import type { LocalDb } from '../db/local-db';
import { CHUNK_ROWS } from './entry-store';

const open = freshDbs('entries');

const P = newId();
const Q = newId();
const entry = (date: string, over: Partial<TimeEntry> = {}): TimeEntry => ({
  id: newId(),
  rev: 1,
  updatedAt: '2026-11-18T10:00:00.000Z',
  personId: P,
  date,
  start: '08:00',
  end: '12:00',
  breakMinutes: 0,
  municipalityId: 'm',
  siteId: null,
  serviceTypeId: 's',
  assignmentId: null,
  note: '',
  state: 'draft',
  ...over,
});
const days = (month: string, n: number, over: Partial<TimeEntry> = {}) =>
  Array.from({ length: n }, (_, i) => entry(`${month}-${String(1 + (i % 28)).padStart(2, '0')}`, over));
const chunkSizes = async (db: LocalDb) => (await db.entryChunks.toArray()).map((c) => c.rows.length);

describe('time entries kept many to a record', () => {
  it('stores a large batch in far fewer records than entries and finds each one by id', async () => {
    const db = open();
    const rows = [...days('2026-10', 600), ...days('2026-11', 400), ...days('2026-11', 5, { personId: Q })];
    await db.timeEntries.bulkPut(rows);
    expect(await db.timeEntries.count()).toBe(rows.length);
    const sizes = await chunkSizes(db);
    expect(sizes.length).toBeLessThan(rows.length / 10);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(CHUNK_ROWS);
    for (const r of [rows[0]!, rows[599]!, rows[1004]!]) expect(await db.timeEntries.get(r.id)).toEqual(r);
    expect(await db.timeEntries.bulkGet([rows[3]!.id, 'missing', rows[700]!.id])).toEqual([
      rows[3],
      undefined,
      rows[700],
    ]);
    // A month's chunks never mix people.
    for (const c of await db.entryChunks.toArray()) expect(new Set(c.rows.map((r) => r.personId)).size).toBe(1);
  });

  it(
    'replaces an entry in place, moves it when its date ' + 'changes month, and keeps the last of two versions',
    async () => {
      const db = open();
      const rows = days('2026-10', 100);
      await db.timeEntries.bulkPut(rows);
      const target = rows[10]!;
      await db.timeEntries.put({ ...target, rev: 2, note: 'same month' });
      expect(await db.timeEntries.get(target.id)).toMatchObject({ rev: 2, note: 'same month' });
      await db.timeEntries.bulkPut([
        { ...target, rev: 3, date: '2026-12-24' },
        { ...target, rev: 4, date: '2026-12-24', note: 'last' },
      ]);
      expect(await db.timeEntries.count()).toBe(100);
      expect(await db.timeEntries.get(target.id)).toMatchObject({ rev: 4, date: '2026-12-24', note: 'last' });
      expect((await db.timeEntries.between(P, '2026-10-01', '2026-10-31')).map((e) => e.id)).not.toContain(target.id);
      expect((await db.timeEntries.between(P, '2026-12-01', '2026-12-31')).map((e) => e.id)).toEqual([target.id]);
      // In exactly one chunk, whatever it took to get there.
      const holding = (await db.entryChunks.toArray()).filter((c) => c.ids.includes(target.id));
      expect(holding).toHaveLength(1);
    },
  );

  it('lets small writes join the month’s newest chunk instead of leaving one record per edit', async () => {
    const db = open();
    for (const r of days('2026-11', 40)) await db.timeEntries.put(r);
    expect(await chunkSizes(db)).toEqual([40]);
  });

  it('drops a chunk when its last entry is deleted, and deletes only what it is asked to', async () => {
    const db = open();
    const [a, b] = [entry('2026-09-01'), entry('2026-10-01')];
    await db.timeEntries.bulkPut([a, b]);
    await db.timeEntries.bulkDelete([a.id, 'missing']);
    expect(await db.timeEntries.toArray()).toEqual([b]);
    expect(await db.entryChunks.count()).toBe(1);
    await db.timeEntries.delete(b.id);
    expect(await db.entryChunks.count()).toBe(0);
  });

  it('reads one person’s date range across months, sorted by date and start', async () => {
    const db = open();
    const inRange = [
      entry('2026-11-02', { start: '13:00' }),
      entry('2026-10-30'),
      entry('2026-11-02', { start: '07:00' }),
    ];
    await db.timeEntries.bulkPut([
      ...inRange,
      entry('2026-10-29'),
      entry('2026-11-03'),
      entry('2026-11-01', { personId: Q }),
    ]);
    expect(await db.timeEntries.between(P, '2026-10-30', '2026-11-02')).toEqual([inRange[1], inRange[2], inRange[0]]);
    expect(await db.timeEntries.between(P, '2026-11-03', '2026-11-01')).toEqual([]);
  });

  it('finds the latest day with entries, also when an older month was written last', async () => {
    const db = open();
    const latest = [entry('2026-11-20'), entry('2026-11-20', { start: '13:00' })];
    await db.timeEntries.bulkPut([entry('2026-11-19'), ...latest, entry('2026-12-01', { personId: Q })]);
    await db.timeEntries.put(entry('2026-03-01'));
    expect(new Set((await db.timeEntries.latestDay(P)).map((e) => e.id))).toEqual(new Set(latest.map((e) => e.id)));
    expect(await db.timeEntries.latestDay(newId())).toEqual([]);
  });

  it('tells live queries about writes, so open screens update', async () => {
    const db = open();
    const seen: number[] = [];
    const sub = liveQuery(() => db.timeEntries.between(P, '2026-11-01', '2026-11-30')).subscribe((rows) =>
      seen.push(rows.length),
    );
    const waitFor = async (n: number) => {
      for (let i = 0; i < 100 && seen.at(-1) !== n; i++) await new Promise((r) => setTimeout(r, 5));
      expect(seen.at(-1)).toBe(n);
    };
    await waitFor(0);
    const row = entry('2026-11-05');
    await db.timeEntries.put(row);
    await waitFor(1);
    await db.timeEntries.bulkPut(days('2026-11', 200));
    await waitFor(201);
    await db.timeEntries.delete(row.id);
    await waitFor(200);
    sub.unsubscribe();
  });

  it('writes nothing of a batch when the transaction around it fails', async () => {
    const db = open();
    const kept = entry('2026-11-01');
    await db.timeEntries.put(kept);
    await expect(
      db.transaction('rw', db.entryTables, async () => {
        await db.timeEntries.bulkPut([{ ...kept, note: 'changed' }, ...days('2026-11', 100)]);
        throw new Error('app killed');
      }),
    ).rejects.toThrow('app killed');
    expect(await db.timeEntries.toArray()).toEqual([kept]);
  });
});
