import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionUserSchema } from '../../shared/auth/schemas';
import { newId } from '../../shared/ids/ids';
import {
  type MutationArgs,
  type MutationName,
  type MutationResult,
  PROTOCOL_VERSION,
  pullResponseSchema,
  pushResponseSchema,
} from '../../shared/sync/protocol';
import type { TimeEntry, TimeEntryInput } from '../../shared/time-entries/schema';
import { entryInputFrom } from '../testing/push-as';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';

type Draft = { [N in MutationName]: { name: N; args: MutationArgs<N> } }[MutationName];
type Device = { cookie: string; userId: string; clientId: string; next: number };

let t: TestApp;
let tech: Device;
let input: (over?: Partial<TimeEntryInput>) => TimeEntryInput;

async function device(email: string): Promise<Device> {
  const cookie = await t.login(email);
  const me = sessionUserSchema.parse(
    ((await (await t.request('/api/auth/me', { cookie })).json()) as { user: unknown }).user,
  );
  return { cookie, userId: me.id, clientId: newId(), next: 1 };
}

const bodyOf = (d: Device, drafts: Draft[]) => ({
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
const push = (d: Device, ...drafts: Draft[]) => send(d, bodyOf(d, drafts));

const auditRows = () => t.db.selectFrom('auditLog').selectAll().orderBy('at').orderBy('id').execute();
const parsed = async () =>
  (await auditRows()).map((r) => ({
    actorId: r.actorId,
    action: r.action,
    tableName: r.tableName,
    rowId: r.rowId,
    at: r.at,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  }));

beforeEach(async () => {
  t = await startTestApp();
  tech = await device(t.logins.technician);
  const res = await t.request('/api/sync/pull?cursor=0&limit=5000', { cookie: tech.cookie });
  input = entryInputFrom(pullResponseSchema.parse(await res.json()));
});
afterEach(() => t.close());

async function created(over: Partial<TimeEntryInput> = {}): Promise<TimeEntry> {
  const [r] = await push(tech, { name: 'timeEntry.create', args: input(over) });
  expect(r!.status).toBe('applied');
  return r!.row as TimeEntry;
}

describe('audit log of synced changes', () => {
  it('logs a time entry create, update and delete with who, when and the values', async () => {
    const entry = await created({ note: 'Server getauscht' });
    const { id, rev, updatedAt, ...fields } = entry;
    const { personId, ...editable } = fields;
    expect(await parsed()).toEqual([
      {
        actorId: tech.userId,
        action: 'create',
        tableName: 'timeEntries',
        rowId: id,
        at: TEST_NOW.toISOString(),
        before: null,
        after: fields,
      },
    ]);

    t.setNow(new Date(TEST_NOW.getTime() + 60_000));
    const [edit] = await push(tech, {
      name: 'timeEntry.update',
      args: {
        id,
        baseRev: rev,
        base: { note: 'Server getauscht', end: '12:00' },
        changes: { note: 'Switch', end: '12:30' },
      },
    });
    expect(edit!.status).toBe('applied');
    const update = (await parsed())[1]!;
    // Only the fields that changed, not the stamps (rev, updatedAt) the server sets on every write.
    expect(update).toMatchObject({ action: 'update', rowId: id, at: '2026-11-18T09:31:00.000Z' });
    expect(update.before).toEqual({ note: 'Server getauscht', end: '12:00' });
    expect(update.after).toEqual({ note: 'Switch', end: '12:30' });

    const [gone] = await push(tech, {
      name: 'timeEntry.delete',
      args: { id, base: { ...editable, note: 'Switch', end: '12:30' } },
    });
    expect(gone!.status).toBe('applied');
    const deletion = (await parsed())[2]!;
    expect(deletion).toMatchObject({ action: 'delete', rowId: id, after: null });
    expect(deletion.before).toEqual({ ...fields, personId, note: 'Switch', end: '12:30' });
  });

  it('logs an assignment status change with the fields before and after', async () => {
    const res = await t.request('/api/sync/pull?cursor=0&limit=5000', { cookie: tech.cookie });
    const planned = pullResponseSchema.parse(await res.json()).upserts.assignments.find((a) => a.status === 'planned')!;
    const [r] = await push(tech, {
      name: 'assignment.update',
      args: {
        id: planned.id,
        baseRev: planned.rev,
        base: { status: 'planned', workerNotes: planned.workerNotes },
        changes: { status: 'started', workerNotes: 'Schlüssel beim Schulwart' },
      },
    });
    expect(r!.status).toBe('applied');
    const [row] = await parsed();
    expect(row).toMatchObject({ actorId: tech.userId, action: 'update', tableName: 'assignments', rowId: planned.id });
    expect(row!.before).toEqual({ status: 'planned', workerNotes: planned.workerNotes });
    expect(row!.after).toEqual({ status: 'started', workerNotes: 'Schlüssel beim Schulwart' });
  });

  it('logs each mutation of a push on its own: a create then an update of the same row are two rows', async () => {
    const entry = input({ note: 'a' });
    const results = await push(
      tech,
      { name: 'timeEntry.create', args: entry },
      { name: 'timeEntry.update', args: { id: entry.id, baseRev: 0, base: { note: 'a' }, changes: { note: 'b' } } },
    );
    expect(results.map((r) => r.status)).toEqual(['applied', 'merged']);
    const rows = await parsed();
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows[0]!.after).toMatchObject({ note: 'a' });
    expect(rows[1]).toMatchObject({ before: { note: 'a' }, after: { note: 'b' } });
  });

  it('writes nothing for a rejected mutation or a conflict, and nothing again for a replay', async () => {
    const entry = await created({ note: 'x' });
    const before = (await auditRows()).length;
    const body = bodyOf(tech, [
      { name: 'timeEntry.create', args: input({ start: '12:00', end: '08:00' }) },
      {
        name: 'timeEntry.update',
        args: { id: entry.id, baseRev: entry.rev, base: { note: 'anders' }, changes: { note: 'y' } },
      },
      { name: 'timeEntry.delete', args: { id: entry.id, base: { note: 'alt' } } },
    ]);
    expect((await send(tech, body)).map((r) => r.status)).toEqual(['rejected', 'conflict', 'conflict']);
    expect(await auditRows()).toHaveLength(before);

    const replayed = bodyOf(tech, [{ name: 'timeEntry.create', args: input() }]);
    await send(tech, replayed);
    const logged = await auditRows();
    expect(logged).toHaveLength(before + 1);
    await send(tech, replayed);
    expect(await auditRows()).toEqual(logged);
  });

  it('keeps concurrent pushes complete: one audit row per applied change, none lost', async () => {
    const cover = await device(t.logins.cover);
    const drafts = (n: number) =>
      Array.from({ length: n }, () => ({ name: 'timeEntry.create', args: input() }) as Draft);
    const pushes = await Promise.all([
      push(tech, ...drafts(20)),
      push(cover, ...drafts(20)),
      push({ ...tech, clientId: newId(), next: 1 }, ...drafts(20)),
    ]);
    expect(pushes.flat().every((r) => r.status === 'applied')).toBe(true);
    const rows = await auditRows();
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((r) => r.rowId)).size).toBe(60);
    expect(rows.filter((r) => r.actorId === cover.userId)).toHaveLength(20);
  });
});

/** A trigger that fails every insert into `table`, to break a push at a chosen statement. */
async function failInserts(table: 'sync_mutations' | 'audit_log'): Promise<void> {
  if (t.dialect === 'postgres') {
    await sql`create function fail_insert() returns trigger language plpgsql as $$
      begin raise exception 'forced failure'; end $$`.execute(t.db);
    await sql`create trigger fail_insert before insert on ${sql.table(table)}
      for each row execute function fail_insert()`.execute(t.db);
  } else {
    await sql`create trigger fail_insert before insert on ${sql.table(table)}
      begin select raise(abort, 'forced failure'); end`.execute(t.db);
  }
}

describe('audit log and change commit or roll back together', () => {
  it('a push that fails after its audit rows were written leaves neither change nor audit row', async () => {
    // The push writes rows, then audit rows, then the stored answers: failing the last rolls back all.
    await failInserts('sync_mutations');
    const entry = input();
    const res = await t.json('/api/sync/push', tech.cookie, bodyOf(tech, [{ name: 'timeEntry.create', args: entry }]));
    expect(res.status).toBe(500);
    expect(await auditRows()).toEqual([]);
    expect(await t.db.selectFrom('timeEntries').select('id').where('id', '=', entry.id).execute()).toEqual([]);
  });

  it('a push whose audit rows cannot be written does not change the record either', async () => {
    await failInserts('audit_log');
    const entry = input();
    const res = await t.json('/api/sync/push', tech.cookie, bodyOf(tech, [{ name: 'timeEntry.create', args: entry }]));
    expect(res.status).toBe(500);
    expect(await t.db.selectFrom('timeEntries').select('id').where('id', '=', entry.id).execute()).toEqual([]);
  });
});
