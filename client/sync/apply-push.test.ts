import { describe, expect, it, vi } from 'vitest';
import type { TimeEntry } from '../../shared/time-entries/schema';
import { freshDbs } from '../testing/fresh-dbs';
import { entryInput, staffUser } from '../testing/fixtures';
import { createTimeEntry, updateTimeEntry } from '../time-entries/local-writes';
import { applyPushResults } from './apply-push';

const user = staffUser();
const now = new Date('2026-11-18T09:30:00Z');
const input = entryInput();
const open = freshDbs('push');

describe('applying push answers', () => {
  it(
    'takes the server versions of a whole batch, replays ' + 'what is still queued, and writes the entries once',
    async () => {
      const db = open();
      const created: TimeEntry[] = [];
      for (let i = 0; i < 40; i++) created.push(await createTimeEntry(db, user, { ...input, note: `n${i}` }, now));
      // An edit made after the batch left: still queued, so it stays visible on top of the server's version.
      const sent = await db.outbox.orderBy('id').toArray();
      await updateTimeEntry(db, user, created[0]!.id, { note: 'later' }, now);
      const results = sent.map((e, i) => ({
        mutationId: e.id!,
        status: 'applied' as const,
        row: { ...created[i]!, rev: 100 + i, updatedAt: '2026-11-18T09:31:00.000Z' },
      }));

      const writes = vi.spyOn(db.timeEntries, 'bulkPut');
      await applyPushResults(db, sent, results);
      // Entries share IndexedDB records: one write for the batch, not one chunk rewrite per answer.
      expect(writes).toHaveBeenCalledTimes(1);
      const stored = await db.timeEntries.bulkGet(created.map((e) => e.id));
      expect(stored.map((e) => e?.rev)).toEqual(created.map((_, i) => 100 + i));
      expect(stored[0]?.note).toBe('later');
      expect(stored[1]?.note).toBe('n1');
      expect(await db.outbox.count()).toBe(1);
    },
  );

  it('never moves a row back to an older revision: a late answer loses to what a pull brought since', async () => {
    const db = open();
    const entry = await createTimeEntry(db, user, input, now);
    const sent = await db.outbox.orderBy('id').toArray();
    // A pull brought the row at rev 10 (edited elsewhere) before the push's answer, at rev 5, arrived.
    await db.timeEntries.put({ ...entry, rev: 10, note: 'pulled' });
    await applyPushResults(db, sent, [{ mutationId: sent[0]!.id!, status: 'applied', row: { ...entry, rev: 5 } }]);
    expect(await db.timeEntries.get(entry.id)).toMatchObject({ rev: 10, note: 'pulled' });
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps a newer row and the edits still queued on it when an older answer arrives', async () => {
    const db = open();
    const entry = await createTimeEntry(db, user, input, now);
    const sent = await db.outbox.orderBy('id').toArray();
    await db.timeEntries.put({ ...entry, rev: 10, note: 'pulled', breakMinutes: 5 });
    // Typed after the pull, not yet sent: it rides on rev 10.
    await updateTimeEntry(db, user, entry.id, { note: 'mine, later' }, now);
    await applyPushResults(db, sent, [{ mutationId: sent[0]!.id!, status: 'applied', row: { ...entry, rev: 5 } }]);
    expect(await db.timeEntries.get(entry.id)).toMatchObject({ rev: 10, note: 'mine, later', breakMinutes: 5 });
    const queued = await db.outbox.toArray();
    expect(queued.map((e) => [e.name, e.args])).toEqual([
      ['timeEntry.update', { id: entry.id, baseRev: 10, base: { note: 'pulled' }, changes: { note: 'mine, later' } }],
    ]);
  });
});
