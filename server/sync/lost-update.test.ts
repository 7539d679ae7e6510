import { type ControlledTransaction, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/assignments/schema';
import { newId } from '../../shared/ids/ids';
import {
  type Mutation,
  type MutationResult,
  PROTOCOL_VERSION,
  type PullResponse,
  pullResponseSchema,
  pushResponseSchema,
} from '../../shared/sync/protocol';
import type { TimeEntry } from '../../shared/time-entries/schema';
import type { DB } from '../db/schema';
import { toAssignment } from '../assignments/fields';
import { toTimeEntry } from '../time-entries/fields';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * Two pushes of one association at the same moment (issue 10): the second must merge against what
 * the first committed, never write back the row as it was before. On PostgreSQL the first push is
 * held inside its transaction by a lock the test owns (a foreign-key check waiting on a municipality
 * row), the second is sent meanwhile, and the first is released only once the second waits on it; so
 * the interleaving that lost acknowledged edits happens every time. SQLite runs one transaction at a
 * time, so there the two pushes simply follow each other and the same outcome is required.
 */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

type Device = { cookie: string; clientId: string; next: number };
type Draft = Omit<Mutation, 'id'>;

const device = async (email: string): Promise<Device> => ({ cookie: await t.login(email), clientId: newId(), next: 1 });

async function push(d: Device, drafts: Draft[]): Promise<MutationResult[]> {
  const body = {
    type: 'push',
    protocol: PROTOCOL_VERSION,
    clientId: d.clientId,
    mutations: drafts.map((m) => ({ id: d.next++, ...m })),
  };
  const res = await t.json('/api/sync/push', d.cookie, body);
  expect(res.status, await res.clone().text()).toBe(200);
  return pushResponseSchema.parse(await res.json()).results;
}

async function pullAll(d: Device): Promise<PullResponse> {
  const res = await t.request('/api/sync/pull?cursor=0&limit=5000', { cookie: d.cookie });
  return pullResponseSchema.parse(await res.json());
}

const pidOf = async (trx: ControlledTransaction<DB>) =>
  (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]!.pid;

/** Waits until some session of this database waits for a lock held by `pid`; returns its pid. */
async function blockedBy(pid: number, except: number[] = []): Promise<number> {
  for (let i = 0; i < 500; i++) {
    const { rows } = await sql<{
      pid: number;
    }>`select pid from pg_stat_activity where ${pid} = any(pg_blocking_pids(pid))`.execute(t.db);
    const waiting = rows.map((r) => r.pid).find((p) => !except.includes(p));
    if (waiting !== undefined) return waiting;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`nothing came to wait for ${pid}`);
}

/**
 * Runs `first` and then `second`. On PostgreSQL `first` is parked in its transaction by a lock on the
 * municipality `lockedMunicipalityId` (its push must reference it after touching the contested row),
 * and released once `second` waits for `first`.
 */
async function interleave<A, B>(
  lockedMunicipalityId: string,
  first: () => Promise<A>,
  second: () => Promise<B>,
): Promise<[A, B]> {
  if (t.dialect === 'sqlite') {
    const a = await first();
    return [a, await second()];
  }
  const blocker = await t.db.startTransaction().execute();
  const blockerPid = await pidOf(blocker);
  await sql`select id from municipalities where id = ${lockedMunicipalityId} for update`.execute(blocker);
  const a = first();
  const pidA = await blockedBy(blockerPid);
  const b = second();
  await blockedBy(pidA);
  await blocker.commit().execute();
  return Promise.all([a, b]);
}

const entryOf = async (id: string): Promise<TimeEntry & { deleted: number }> => {
  const row = await t.db.selectFrom('timeEntries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { ...toTimeEntry(row), deleted: row.deleted };
};

describe('concurrent pushes of one association', () => {
  let a: Device;
  let b: Device;
  let x: TimeEntry;
  let otherMunicipality: string;
  let createOther: () => Draft;
  beforeEach(async () => {
    a = await device(t.logins.technician);
    b = await device(t.logins.technician);
    const { upserts } = await pullAll(a);
    const [m1, m2] = upserts.municipalities;
    const serviceTypeId = upserts.serviceTypes[0]!.id;
    otherMunicipality = m2!.id;
    const input = (municipalityId: string) => ({
      id: newId(),
      date: '2026-11-18',
      start: '08:00',
      end: '09:00',
      breakMinutes: 0,
      municipalityId,
      siteId: null,
      serviceTypeId,
      assignmentId: null,
      note: 'original',
      state: 'draft' as const,
    });
    createOther = () => ({ name: 'timeEntry.create', args: input(otherMunicipality) });
    const [created] = await push(a, [{ name: 'timeEntry.create', args: input(m1!.id) }]);
    x = created!.row as TimeEntry;
  });

  // A long push that edits X first and then creates 150 entries, one of which waits on the test's lock.
  const longPushOfA = (changes: Partial<TimeEntry>) => () =>
    push(a, [
      { name: 'timeEntry.update', args: { id: x.id, baseRev: x.rev, base: { note: x.note }, changes } },
      ...Array.from({ length: 150 }, createOther),
    ]);

  it('keeps both edits to different fields: the second push merges onto the first', async () => {
    const [resA, resB] = await interleave(otherMunicipality, longPushOfA({ note: 'edited on A' }), () =>
      push(b, [
        {
          name: 'timeEntry.update',
          args: { id: x.id, baseRev: x.rev, base: { breakMinutes: 0 }, changes: { breakMinutes: 15 } },
        },
      ]),
    );
    expect(resA.map((r) => r.status)).toEqual(Array(151).fill('applied'));
    expect(resB[0]).toMatchObject({ status: 'merged', row: { note: 'edited on A', breakMinutes: 15 } });
    expect(await entryOf(x.id)).toMatchObject({
      note: 'edited on A',
      breakMinutes: 15,
      deleted: 0,
      rev: resB[0]!.row!.rev,
    });
  });

  it('turns a delete of the version before the first push into changed_before_delete', async () => {
    const [resA, resB] = await interleave(otherMunicipality, longPushOfA({ note: 'edited on A' }), () =>
      push(b, [{ name: 'timeEntry.delete', args: { id: x.id, base: { note: x.note, breakMinutes: x.breakMinutes } } }]),
    );
    expect(resA[0]!.status).toBe('applied');
    expect(resB[0]).toMatchObject({
      status: 'conflict',
      code: 'changed_before_delete',
      fields: ['note'],
      row: { note: 'edited on A' },
    });
    expect(await entryOf(x.id)).toMatchObject({ note: 'edited on A', deleted: 0 });
  });

  it('turns an edit of the same field from an older base into a conflict', async () => {
    const [, resB] = await interleave(otherMunicipality, longPushOfA({ note: 'edited on A' }), () =>
      push(b, [
        {
          name: 'timeEntry.update',
          args: { id: x.id, baseRev: x.rev, base: { note: 'original' }, changes: { note: 'edited on B' } },
        },
      ]),
    );
    expect(resB[0]).toMatchObject({
      status: 'conflict',
      code: 'edited_elsewhere',
      fields: ['note'],
      row: { note: 'edited on A' },
    });
    expect((await entryOf(x.id)).note).toBe('edited on A');
  });

  it("keeps the coordinator's and the technician's edits when both save one assignment at once", async () => {
    const coordinator = await device(t.logins.coordinator);
    const { upserts } = await pullAll(coordinator);
    const own = (await pullAll(b)).upserts.assignments[0]!;
    // A second assignment the coordinator moves to the locked municipality, after editing the contested one.
    const other = upserts.assignments.find((s) => s.id !== own.id && s.municipalityId !== otherMunicipality)!;
    const site = upserts.sites.find((s) => s.municipalityId === otherMunicipality)!;
    const [resC, resB] = await interleave(
      otherMunicipality,
      () =>
        push(coordinator, [
          {
            name: 'assignment.update',
            args: {
              id: own.id,
              baseRev: own.rev,
              base: { task: own.task },
              changes: { task: 'Beamer im Raum 3 tauschen' },
            },
          },
          {
            name: 'assignment.update',
            args: {
              id: other.id,
              baseRev: other.rev,
              base: { municipalityId: other.municipalityId, siteId: other.siteId },
              changes: { municipalityId: otherMunicipality, siteId: site.id },
            },
          },
        ]),
      () =>
        push(b, [
          {
            name: 'assignment.update',
            args: {
              id: own.id,
              baseRev: own.rev,
              base: { workerNotes: own.workerNotes },
              changes: { workerNotes: 'Schlüssel beim Hausmeister' },
            },
          },
        ]),
    );
    expect(resC.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(resB[0]).toMatchObject({
      status: 'merged',
      row: { task: 'Beamer im Raum 3 tauschen', workerNotes: 'Schlüssel beim Hausmeister' },
    });
    const stored: Assignment = toAssignment(
      await t.db.selectFrom('assignments').selectAll().where('id', '=', own.id).executeTakeFirstOrThrow(),
    );
    expect(stored).toMatchObject({ task: 'Beamer im Raum 3 tauschen', workerNotes: 'Schlüssel beim Hausmeister' });
  });
});
