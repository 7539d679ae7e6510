import { expect } from 'vitest';
import { workerStatusMoves } from '../../shared/assignments/schema';
import { addDays, dateIn } from '../../shared/time/dates';
import type { MiniWorld } from '../../server/testing/mini-seed';
import { rowStore } from '../db/local-db';
import { updateAssignment } from '../assignments/local-writes';
import { createTimeEntry, deleteTimeEntry, updateTimeEntry } from '../time-entries/local-writes';
import { keepMine, takeTheirs } from '../sync/conflict-actions';
import { pullAll } from '../sync/engine';
import type { ModelDevice } from './model-device';

export const NOW = new Date('2026-11-18T09:30:00Z');
const TZ = 'Europe/Vienna';

/** A small seeded PRNG (mulberry32), one per device, so each device's plan follows from the run's seed. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), s | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T | undefined => xs[Math.floor(r() * xs.length)];
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export async function track(d: ModelDevice, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch {
    return; // refused locally (e.g. locked entry): nothing was queued
  }
  for (const key of await d.db.outbox.toCollection().primaryKeys()) d.enqueued.add(key);
}

/** What the person typed and has not yet sent is what they see, whatever the server sent meanwhile. */
export async function expectPendingVisible(d: ModelDevice): Promise<void> {
  // One read transaction: a sync running in the background (a retry timer) cannot land between the reads.
  const { latest, rows } = await d.db.transaction(
    'r',
    [d.db.outbox, d.db.assignments, ...d.db.entryTables],
    async () => {
      const latest = new Map<string, Record<string, unknown>>();
      for (const e of await d.db.outbox.orderBy('id').toArray()) {
        if (e.name === 'timeEntry.update' || e.name === 'assignment.update')
          latest.set(`${e.table}:${e.rowId}`, { ...latest.get(`${e.table}:${e.rowId}`), ...e.args.changes });
      }
      const rows = new Map<string, Record<string, unknown> | undefined>();
      for (const key of latest.keys()) {
        const [table, id] = key.split(':') as ['timeEntries' | 'assignments', string];
        rows.set(key, (await rowStore(d.db, table).get(id)) as Record<string, unknown> | undefined);
      }
      return { latest, rows };
    },
  );
  for (const [key, fields] of latest) {
    const row = rows.get(key);
    if (!row) continue; // deleted locally later, or parked after losing access
    for (const [field, value] of Object.entries(fields))
      expect(row[field], `unsent ${field} of ${key} on ${d.name} still visible`).toEqual(value);
  }
}

export function deviceNow(d: ModelDevice): Date {
  return new Date(NOW.getTime() + d.skewDays * 86_400_000);
}

export async function createEntry(d: ModelDevice, world: MiniWorld): Promise<void> {
  const r = d.random;
  const now = deviceNow(d);
  const startMin = 360 + Math.floor(r() * 40) * 15;
  const input = {
    date: addDays(dateIn(TZ, now), -Math.floor(r() * 3)),
    start: hhmm(startMin),
    end: hhmm(startMin + 15 + Math.floor(r() * 8) * 15),
    breakMinutes: 0,
    municipalityId: pick(r, world.municipalityIds)!,
    siteId: null,
    serviceTypeId: world.serviceTypeId,
    assignmentId: null,
    note: `n${Math.floor(r() * 1000)}`,
  };
  await track(d, () => createTimeEntry(d.db, d.user, input, now));
}

/**
 * A short edit of one field of an entry; `only` narrows it to one field (a long batch edits notes, a short one breaks).
 */
export async function editEntry(
  d: ModelDevice,
  world: MiniWorld,
  id: string,
  only?: 'note' | 'breakMinutes' | 'municipalityId',
): Promise<void> {
  const r = d.random;
  const field = r();
  const kind =
    only ?? (field < 0.4 ? 'note' : field < 0.7 ? 'breakMinutes' : field < 0.93 ? 'municipalityId' : 'state');
  const changes =
    kind === 'note'
      ? { note: `u${Math.floor(r() * 1000)}` }
      : kind === 'breakMinutes'
        ? { breakMinutes: r() < 0.5 ? 0 : 5 }
        : kind === 'municipalityId'
          ? { municipalityId: pick(r, world.municipalityIds)! }
          : { state: 'submitted' as const };
  await track(d, () => updateTimeEntry(d.db, d.user, id, changes, deviceNow(d)));
}

export async function techStep(d: ModelDevice, world: MiniWorld): Promise<void> {
  const r = d.random;
  const entries = (await d.db.timeEntries.toArray()).filter((e) => e.state === 'draft');
  const x = r();
  if (x < 0.3) {
    await createEntry(d, world);
  } else if (x < 0.5 && entries.length > 0) {
    await editEntry(d, world, pick(r, entries)!.id);
  } else if (x < 0.58 && entries.length > 0) {
    await track(d, () => deleteTimeEntry(d.db, pick(r, entries)!.id, deviceNow(d)));
  } else if (x < 0.68) {
    const a = pick(r, await d.db.assignments.toArray());
    if (a) {
      const moves = workerStatusMoves[a.status];
      const changes =
        r() < 0.5 && moves.length > 0 ? { status: pick(r, moves)! } : { workerNotes: `w${Math.floor(r() * 1000)}` };
      await track(d, () => updateAssignment(d.db, a.id, changes, deviceNow(d)));
    }
  } else if (x < 0.76) {
    // A pull racing with local writes: unsent edits must survive the newer server rows. Now and
    // then the app is killed after a page's rows but before its cursor: nothing of it may stick.
    const kill = r() < 0.3;
    const die = () => {
      throw new Error('app killed');
    };
    if (kill) d.db.meta.hook('updating', die);
    await pullAll(d.db, d.transport).catch(() => undefined);
    if (kill) d.db.meta.hook('updating').unsubscribe(die);
    await expectPendingVisible(d);
  } else if (x < 0.82 && (await d.db.conflicts.count()) > 0) {
    // The person settles a conflict: "keep mine" is a new mutation with its own answer.
    const c = pick(r, await d.db.conflicts.toArray())!;
    await track(d, () => (r() < 0.6 ? keepMine(d.db, d.user, c) : takeTheirs(d.db, c)));
  } else if (x < 0.9) {
    await d.engine.sync();
  } else {
    d.faults.online = r() < 0.7;
    d.faults.dropReplies = r() < 0.15;
    d.faults.duplicates = r() < 0.3;
    d.skewDays = Math.floor(r() * 13) - 6;
  }
}

export async function coordinatorStep(d: ModelDevice, people: MiniWorld['people']): Promise<void> {
  const r = d.random;
  const x = r();
  const a = (await d.db.assignments.toArray())[Math.floor(r() * 4)];
  if (x < 0.4 && a) {
    // Moving an assignment away revokes the technician's access to it, maybe while she is offline.
    await track(d, () =>
      updateAssignment(d.db, a.id, { personId: a.personId === people.tech ? people.tech2 : people.tech }),
    );
  } else if (x < 0.6 && a) {
    await track(d, () => updateAssignment(d.db, a.id, { task: `t${Math.floor(r() * 1000)}` }));
  } else {
    await d.engine.sync();
  }
}
