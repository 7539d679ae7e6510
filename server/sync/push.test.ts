import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionUserSchema } from '../../shared/auth/schemas';
import { newId } from '../../shared/ids/ids';
import {
  type MutationArgs,
  type MutationName,
  type MutationResult,
  PROTOCOL_VERSION,
  type PullResponse,
  pullResponseSchema,
  pushResponseSchema,
} from '../../shared/sync/protocol';
import type { TimeEntry, TimeEntryInput } from '../../shared/time-entries/schema';
import { addDays } from '../../shared/time/dates';
import { createAssociation } from '../admin/create-association';
import { entryInputFrom } from '../testing/push-as';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

type Draft = { [N in MutationName]: { name: N; args: MutationArgs<N> } }[MutationName];
/** One device of one person: its own client id and mutation counter. */
type Device = { cookie: string; userId: string; clientId: string; next: number };

async function device(email: string, clientId = newId()): Promise<Device> {
  const cookie = await t.login(email);
  const me = sessionUserSchema.parse(
    ((await (await t.request('/api/auth/me', { cookie })).json()) as { user: unknown }).user,
  );
  return { cookie, userId: me.id, clientId, next: 1 };
}

const pushBody = (d: Device, drafts: Draft[]) => ({
  type: 'push',
  protocol: PROTOCOL_VERSION,
  clientId: d.clientId,
  mutations: drafts.map((m) => ({ id: d.next++, ...m })),
});

async function send(d: Device, body: unknown): Promise<MutationResult[]> {
  const res = await t.json('/api/sync/push', d.cookie, body);
  expect(res.status, await res.clone().text()).toBe(200);
  return pushResponseSchema.parse(await res.json()).results;
}
const push = (d: Device, ...drafts: Draft[]) => send(d, pushBody(d, drafts));
const pushOne = async (d: Device, draft: Draft): Promise<MutationResult> => (await push(d, draft))[0]!;

async function pull(d: Device, cursor = 0): Promise<PullResponse> {
  const res = await t.request(`/api/sync/pull?cursor=${cursor}&limit=5000`, { cookie: d.cookie });
  const page = pullResponseSchema.parse(await res.json());
  expect(page.more).toBe(false);
  return page;
}

const syncRev = async () =>
  (
    await t.db
      .selectFrom('syncState')
      .select('rev')
      .where('associationId', '=', t.associationId!)
      .executeTakeFirstOrThrow()
  ).rev;
const storedEntry = (id: string) => t.db.selectFrom('timeEntries').selectAll().where('id', '=', id).execute();

let tech: Device;
let input: (over?: Partial<TimeEntryInput>) => TimeEntryInput;
beforeEach(async () => {
  tech = await device(t.logins.technician);
  input = entryInputFrom(await pull(tech));
});

/** Creates an entry and returns the server's row of it. */
async function created(over: Partial<TimeEntryInput> = {}): Promise<TimeEntry> {
  const r = await pushOne(tech, { name: 'timeEntry.create', args: input(over) });
  expect(r.status).toBe('applied');
  return r.row as TimeEntry;
}

describe('push: time entries', () => {
  it('applies a create exactly once, even when the same push is sent again', async () => {
    const entry = input();
    const body = pushBody(tech, [{ name: 'timeEntry.create', args: entry }]);
    const first = await send(tech, body);
    expect(first[0]).toMatchObject({
      mutationId: 1,
      status: 'applied',
      row: { id: entry.id, personId: tech.userId, note: '' },
    });
    expect(first[0]!.row!.rev).toBeGreaterThan(0);
    const rev = await syncRev();
    expect(t.changes).toEqual([t.associationId]);

    expect(await send(tech, body)).toEqual(first);
    expect(await storedEntry(entry.id)).toHaveLength(1);
    expect(await syncRev()).toBe(rev);
    expect(t.changes).toHaveLength(1);
    const { lastMutationId } = pullResponseSchema.parse(
      await (await t.request(`/api/sync/pull?cursor=${rev}&clientId=${tech.clientId}`, { cookie: tech.cookie })).json(),
    );
    expect(lastMutationId).toBe(1);
  });

  it('answers a rule break with a rejection that never blocks the queue, the same on replay', async () => {
    const bad = input({ start: '12:00', end: '08:00' });
    const good = input();
    const body = pushBody(tech, [
      { name: 'timeEntry.create', args: bad },
      { name: 'timeEntry.create', args: good },
    ]);
    const results = await send(tech, body);
    expect(results.map((r) => [r.status, r.code])).toEqual([
      ['rejected', 'end_before_start'],
      ['applied', undefined],
    ]);
    expect(await send(tech, body)).toEqual(results);
    expect(await storedEntry(bad.id)).toHaveLength(0);
    expect(await storedEntry(good.id)).toHaveLength(1);
  });

  it('checks breaks, future dates and references on the server', async () => {
    const other = await createAssociation(
      t.db,
      {
        associationName: 'Anderer Verband',
        timeZone: 'Europe/Berlin',
        country: 'DE',
        adminEmail: 'chef@anders.example',
        adminName: 'Chef',
        password: 'anderes-passwort-1',
      },
      TEST_NOW,
    );
    const foreign = newId();
    await t.db
      .insertInto('municipalities')
      .values({
        id: foreign,
        associationId: other.associationId,
        rev: 1,
        deleted: 0,
        updatedAt: TEST_NOW.toISOString(),
        name: 'Fremd',
        country: 'DE',
        state: 'DE-HE',
      })
      .execute();
    const { municipalityId } = input();
    const siteElsewhere = (
      await t.db
        .selectFrom('sites')
        .select('id')
        .where('associationId', '=', t.associationId!)
        .where('municipalityId', '!=', municipalityId)
        .executeTakeFirstOrThrow()
    ).id;
    const cases: [Partial<TimeEntryInput>, string][] = [
      [{ start: '08:00', end: '09:00', breakMinutes: 60 }, 'break_too_long'],
      [{ date: addDays('2026-11-18', 30) }, 'date_in_future'],
      [{ municipalityId: foreign }, 'unknown_reference'],
      [{ siteId: siteElsewhere }, 'site_not_in_municipality'],
    ];
    const rev = await syncRev();
    for (const [over, code] of cases) {
      const entry = input(over);
      expect(await pushOne(tech, { name: 'timeEntry.create', args: entry })).toMatchObject({
        status: 'rejected',
        code,
      });
      expect(await storedEntry(entry.id)).toHaveLength(0);
    }
    expect(await syncRev()).toBe(rev);
  });

  it('merges edits of two devices to different fields from the same revision', async () => {
    const row = await created();
    const phone = tech;
    const tablet = { ...tech, clientId: newId(), next: 1 };
    const a = await pushOne(phone, {
      name: 'timeEntry.update',
      args: { id: row.id, baseRev: row.rev, base: { note: '' }, changes: { note: 'Switch getauscht' } },
    });
    expect(a).toMatchObject({ status: 'applied', row: { note: 'Switch getauscht' } });
    expect(a.row!.rev).toBeGreaterThan(row.rev);
    const b = await pushOne(tablet, {
      name: 'timeEntry.update',
      args: { id: row.id, baseRev: row.rev, base: { breakMinutes: 0 }, changes: { breakMinutes: 15 } },
    });
    expect(b).toMatchObject({ status: 'merged', row: { note: 'Switch getauscht', breakMinutes: 15 } });
    const [stored] = await storedEntry(row.id);
    expect(stored).toMatchObject({ note: 'Switch getauscht', breakMinutes: 15, rev: b.row!.rev });
  });

  it('reports the same field changed differently as a conflict and keeps the server row', async () => {
    const row = await created();
    const tablet = { ...tech, clientId: newId(), next: 1 };
    const a = await pushOne(tech, {
      name: 'timeEntry.update',
      args: { id: row.id, baseRev: row.rev, base: { note: '' }, changes: { note: 'vom Handy' } },
    });
    const b = await pushOne(tablet, {
      name: 'timeEntry.update',
      args: { id: row.id, baseRev: row.rev, base: { note: '' }, changes: { note: 'vom Tablet' } },
    });
    expect(b).toMatchObject({ status: 'conflict', fields: ['note'], row: { note: 'vom Handy', rev: a.row!.rev } });
    expect(await storedEntry(row.id)).toMatchObject([{ note: 'vom Handy', rev: a.row!.rev }]);
  });

  it('refuses a delete of a version the device has not seen', async () => {
    const row = await created();
    await pushOne(tech, {
      name: 'timeEntry.update',
      args: { id: row.id, baseRev: row.rev, base: { note: '' }, changes: { note: 'geändert' } },
    });
    const stale = await pushOne(
      { ...tech, clientId: newId(), next: 1 },
      { name: 'timeEntry.delete', args: { id: row.id, base: { note: '', end: row.end } } },
    );
    expect(stale).toMatchObject({ status: 'conflict', code: 'changed_before_delete', row: { note: 'geändert' } });
    expect(await storedEntry(row.id)).toMatchObject([{ deleted: 0 }]);
    expect(
      await pushOne(tech, { name: 'timeEntry.delete', args: { id: row.id, base: { note: 'geändert', end: row.end } } }),
    ).toMatchObject({ status: 'applied' });
    expect(await storedEntry(row.id)).toMatchObject([{ deleted: 1 }]);
  });

  it('locks an entry once it is submitted', async () => {
    const row = await created();
    const submitted = await pushOne(tech, {
      name: 'timeEntry.update',
      args: { id: row.id, baseRev: row.rev, base: { state: 'draft' }, changes: { state: 'submitted' } },
    });
    expect(submitted).toMatchObject({ status: 'applied', row: { state: 'submitted' } });
    const rev = submitted.row!.rev;
    expect(
      await pushOne(tech, {
        name: 'timeEntry.update',
        args: { id: row.id, baseRev: rev, base: { note: '' }, changes: { note: 'zu spät' } },
      }),
    ).toMatchObject({ status: 'rejected', code: 'entry_locked' });
    expect(
      await pushOne(tech, { name: 'timeEntry.delete', args: { id: row.id, base: { state: 'submitted' } } }),
    ).toMatchObject({ status: 'rejected', code: 'entry_locked' });
    expect(await storedEntry(row.id)).toMatchObject([{ note: '', state: 'submitted', deleted: 0, rev }]);
  });

  it('lets exactly one of two devices racing with the same new id win, without a server error', async () => {
    const tablet = await device(t.logins.technician);
    for (let i = 0; i < 5; i++) {
      const entry = input({ note: `race ${i}` });
      const results = await Promise.all([
        pushOne(tech, { name: 'timeEntry.create', args: entry }),
        pushOne(tablet, { name: 'timeEntry.create', args: entry }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['applied', 'rejected']);
      expect(results.find((r) => r.status === 'rejected')?.code).toBe('id_taken');
      expect(await storedEntry(entry.id)).toHaveLength(1);
    }
  });

  it('keeps a client id and an entry to their owner', async () => {
    const row = await created();
    const cover = await device(t.logins.cover);
    const stolen = await t.json(
      '/api/sync/push',
      cover.cookie,
      pushBody({ ...cover, clientId: tech.clientId }, [{ name: 'timeEntry.create', args: input() }]),
    );
    expect(stolen.status).toBe(403);
    expect(((await stolen.json()) as { code: string }).code).toBe('forbidden');
    const edit = await pushOne(cover, {
      name: 'timeEntry.update',
      args: { id: row.id, baseRev: row.rev, base: { note: '' }, changes: { note: 'fremd' } },
    });
    expect(edit).toMatchObject({ status: 'rejected', code: 'forbidden' });
    // Creating with the id of her entry neither overwrites nor reveals it.
    expect(
      await pushOne(cover, { name: 'timeEntry.create', args: { ...input(), id: row.id, note: 'fremd' } }),
    ).toMatchObject({ status: 'rejected', code: 'id_taken', row: null });
    expect(await storedEntry(row.id)).toMatchObject([{ note: '', rev: row.rev }]);
  });
  it('refuses changes to her entries once she may no longer log hours', async () => {
    const row = await created();
    await t.db
      .updateTable('people')
      .set({ roles: JSON.stringify(['municipality_contact']) })
      .where('id', '=', tech.userId)
      .execute();
    const base = { id: row.id, baseRev: row.rev, base: { note: '' } };
    expect(
      await pushOne(tech, { name: 'timeEntry.update', args: { ...base, changes: { note: 'später' } } }),
    ).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect(await pushOne(tech, { name: 'timeEntry.delete', args: base })).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    expect(await pushOne(tech, { name: 'timeEntry.create', args: input() })).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    expect(await storedEntry(row.id)).toMatchObject([{ note: '', rev: row.rev }]);
  });
});

describe('push: assignments', () => {
  it('lets the worker change status and notes of her own assignment, nothing else', async () => {
    const planned = (await pull(tech)).upserts.assignments.find((a) => a.status === 'planned')!;
    const update = (base: Record<string, string>, changes: Record<string, string>, baseRev = planned.rev): Draft => ({
      name: 'assignment.update',
      args: { id: planned.id, baseRev, base, changes },
    });
    const started = await pushOne(
      tech,
      update({ status: 'planned', workerNotes: '' }, { status: 'started', workerNotes: 'Schlüssel beim Schulwart' }),
    );
    expect(started).toMatchObject({
      status: 'applied',
      row: { status: 'started', workerNotes: 'Schlüssel beim Schulwart' },
    });
    const rev = started.row!.rev;
    const moved = await pushOne(
      tech,
      update({ plannedStart: planned.plannedStart }, { plannedStart: '2026-11-18T06:00:00.000Z' }, rev),
    );
    expect(moved).toMatchObject({ status: 'rejected', code: 'forbidden' });
    const cancelled = await pushOne(tech, update({ status: 'started' }, { status: 'cancelled' }, rev));
    expect(cancelled).toMatchObject({ status: 'rejected', code: 'invalid_status_change' });
    const [stored] = await t.db.selectFrom('assignments').selectAll().where('id', '=', planned.id).execute();
    expect(stored).toMatchObject({ status: 'started', plannedStart: planned.plannedStart, rev });
  });

  it('moves an assignment to another person: the old worker drops it, the new one gets it', async () => {
    const before = await pull(tech);
    const assignment = before.upserts.assignments.find((a) => a.status === 'planned')!;
    // To the mentor, who has no assignments of his own: the move books nobody twice (double-booking.ts).
    const cover = await device(t.logins.mentor);
    const coverBefore = await pull(cover);
    expect(coverBefore.upserts.assignments.map((a) => a.id)).not.toContain(assignment.id);
    const coordinator = await device(t.logins.coordinator);
    const result = await pushOne(coordinator, {
      name: 'assignment.update',
      args: {
        id: assignment.id,
        baseRev: assignment.rev,
        base: { personId: tech.userId },
        changes: { personId: cover.userId },
      },
    });
    expect(result).toMatchObject({ status: 'applied', row: { personId: cover.userId } });

    const techAfter = await pull(tech, before.cursor);
    expect(techAfter.deletes.assignments).toEqual([assignment.id]);
    expect(techAfter.upserts.assignments).toEqual([]);
    const coverAfter = await pull(cover, coverBefore.cursor);
    expect(coverAfter.upserts.assignments.map((a) => a.id)).toEqual([assignment.id]);
    expect(coverAfter.deletes.assignments).toEqual([]);
    // She may now work on it; the former worker may not.
    const rev = result.row!.rev;
    const args = {
      id: assignment.id,
      baseRev: rev,
      base: { status: 'planned' as const },
      changes: { status: 'started' as const },
    };
    expect(await pushOne(tech, { name: 'assignment.update', args })).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    expect(await pushOne(cover, { name: 'assignment.update', args })).toMatchObject({ status: 'applied' });
  });
});

describe('push: malformed bodies', () => {
  it('answers them with 400 validation_failed', async () => {
    const create = { id: 1, name: 'timeEntry.create', args: input() };
    const bodies: unknown[] = [
      { type: 'push', protocol: PROTOCOL_VERSION, mutations: [create] },
      {
        type: 'push',
        protocol: PROTOCOL_VERSION,
        clientId: newId(),
        mutations: [{ id: 1, name: 'timeEntry.explode', args: {} }],
      },
      {
        type: 'push',
        protocol: PROTOCOL_VERSION,
        clientId: newId(),
        mutations: Array.from({ length: 501 }, (_, i) => ({ ...create, id: i + 1, args: input() })),
      },
      { type: 'push', protocol: PROTOCOL_VERSION, clientId: newId(), mutations: [] },
      { type: 'push', protocol: PROTOCOL_VERSION, clientId: newId(), mutations: [{ ...create, id: 0 }] },
    ];
    for (const [i, body] of bodies.entries()) {
      const res = await t.json('/api/sync/push', tech.cookie, body);
      expect(res.status, `body ${i}`).toBe(400);
      expect(((await res.json()) as { code: string }).code, `body ${i}`).toBe('validation_failed');
    }
    expect(await t.db.selectFrom('syncClients').select('clientId').execute()).toEqual([]);
  });
});
