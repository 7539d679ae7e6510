import type { KyselyPlugin } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionUserSchema } from '../../shared/auth/schemas';
import { newId } from '../../shared/ids/ids';
import {
  type Mutation,
  type MutationResult,
  PROTOCOL_VERSION,
  type PushRequest,
  pullResponseSchema,
  pushResponseSchema,
} from '../../shared/sync/protocol';
import type { TimeEntryInput } from '../../shared/time-entries/schema';
import { startTestApp, type TestApp } from '../testing/test-app';
import { push, pushResponseJson } from './push';

/**
 * A push decides its mutations in memory and writes them together (push.ts); these tests hold it to
 * what pushing the same mutations one at a time gives, and keep its statements from growing per row.
 */
type Draft = Omit<Mutation, 'id'>;
type Fixture = Awaited<ReturnType<typeof fixture>>;

const apps: TestApp[] = [];
afterEach(async () => {
  for (const t of apps.splice(0)) await t.close();
});

async function fixture() {
  const t = await startTestApp();
  apps.push(t);
  const cookie = await t.login(t.logins.technician);
  const me = await (await t.request('/api/auth/me', { cookie })).json();
  const user = sessionUserSchema.parse((me as { user: unknown }).user);
  const page = pullResponseSchema.parse(
    await (await t.request('/api/sync/pull?cursor=0&limit=5000', { cookie })).json(),
  );
  const municipalityId = page.upserts.municipalities[0]!.id;
  const otherSite = page.upserts.sites.find((s) => s.municipalityId !== municipalityId)!;
  const input = (id: string, over: Partial<TimeEntryInput> = {}): TimeEntryInput => ({
    id,
    date: '2026-11-16',
    start: '08:00',
    end: '12:00',
    breakMinutes: 0,
    municipalityId,
    siteId: null,
    serviceTypeId: page.upserts.serviceTypes[0]!.id,
    assignmentId: null,
    note: '',
    state: 'draft',
    ...over,
  });
  const rev = async () =>
    Number(
      (
        await t.db
          .selectFrom('syncState')
          .select('rev')
          .where('associationId', '=', user.associationId)
          .executeTakeFirstOrThrow()
      ).rev,
    );
  return { t, cookie, user, input, otherSite, rev, clientId: newId(), next: 1 };
}

async function send(f: Fixture, drafts: readonly Draft[]): Promise<MutationResult[]> {
  const body = {
    type: 'push',
    protocol: PROTOCOL_VERSION,
    clientId: f.clientId,
    mutations: drafts.map((m) => ({ id: f.next++, ...m })),
  };
  const res = await f.t.json('/api/sync/push', f.cookie, body);
  expect(res.status, await res.clone().text()).toBe(200);
  return pushResponseSchema.parse(await res.json()).results;
}

/** Accepted and refused changes to the same rows, in an order where each depends on the one before. */
function story(f: Fixture, [a, b, c, unknown]: readonly string[]): Draft[] {
  if (!(a && b && c && unknown)) throw new Error('four ids');
  const update = (id: string, changes: Partial<TimeEntryInput>, base: Partial<TimeEntryInput> = {}): Draft => ({
    name: 'timeEntry.update',
    args: { id, baseRev: 0, base, changes },
  });
  return [
    { name: 'timeEntry.create', args: f.input(a, { note: 'first' }) },
    { name: 'timeEntry.create', args: f.input(a, { note: 'same id again' }) },
    update(a, { breakMinutes: 500 }, { breakMinutes: 0 }),
    update(a, { note: 'second' }, { note: 'first' }),
    update(a, { note: 'third' }, { note: 'first' }),
    update(a, { end: '13:00' }, { end: '12:00' }),
    { name: 'timeEntry.create', args: f.input(b, { municipalityId: unknown }) },
    { name: 'timeEntry.create', args: f.input(b, { siteId: f.otherSite.id }) },
    { name: 'timeEntry.create', args: f.input(b, { note: 'b' }) },
    { name: 'timeEntry.delete', args: { id: a, base: { note: 'second' } } },
    update(a, { note: 'after delete' }, { note: 'second' }),
    { name: 'timeEntry.create', args: f.input(c, { state: 'submitted' }) },
    update(c, { note: 'locked' }, { note: '' }),
    { name: 'timeEntry.delete', args: { id: b, base: { note: 'changed meanwhile' } } },
  ];
}

/** Results with this app's own ids and revision offsets taken out, so two apps' answers compare. */
function comparable(f: Fixture, results: readonly MutationResult[], revBefore: number): unknown {
  const { municipalityId, serviceTypeId } = f.input('x');
  const ids = [f.user.id, f.user.associationId, municipalityId, serviceTypeId, f.otherSite.id];
  return results.map((r) => {
    let text = JSON.stringify(r.row ? { ...r, row: { ...r.row, rev: r.row.rev - revBefore } } : r);
    ids.forEach((id, i) => {
      text = text.replaceAll(id, `<id ${i}>`);
    });
    return JSON.parse(text);
  });
}

describe('push of a batch', () => {
  it('answers a mix of accepted and refused changes to the same rows as pushing them one by one', async () => {
    const ids = [newId(), newId(), newId(), newId()];
    const batched = await fixture();
    const batchedRev = await batched.rev();
    const together = await send(batched, story(batched, ids));

    const single = await fixture();
    const singleRev = await single.rev();
    const oneByOne: MutationResult[] = [];
    for (const draft of story(single, ids)) oneByOne.push(...(await send(single, [draft])));

    expect(together.map((r) => [r.status, r.code])).toEqual([
      ['applied', undefined],
      ['rejected', 'id_taken'],
      ['rejected', 'break_too_long'],
      ['merged', undefined],
      ['conflict', 'edited_elsewhere'],
      ['merged', undefined],
      ['rejected', 'unknown_reference'],
      ['rejected', 'site_not_in_municipality'],
      ['applied', undefined],
      ['applied', undefined],
      ['conflict', 'deleted_on_server'],
      ['applied', undefined],
      ['rejected', 'entry_locked'],
      ['conflict', 'changed_before_delete'],
    ]);
    expect(comparable(batched, together, batchedRev)).toEqual(comparable(single, oneByOne, singleRev));
    const stored = async (f: Fixture) =>
      comparable(
        f,
        (await f.t.db.selectFrom('timeEntries').selectAll().where('id', 'in', ids).orderBy('id').execute()).map(
          (row) =>
            ({ mutationId: 1, status: 'applied', row: { ...row, rev: Number(row.rev) } }) as unknown as MutationResult,
        ),
        f === batched ? batchedRev : singleRev,
      );
    expect(await stored(batched)).toEqual(await stored(single));
  });

  it('answers a batch sent again with the stored answers and writes nothing, also with new ones appended', async () => {
    const f = await fixture();
    const drafts = story(f, [newId(), newId(), newId(), newId()]);
    const first = await send(f, drafts);
    const rev = await f.rev();
    f.next = 1;
    expect(await send(f, drafts)).toEqual(first);
    expect(await f.rev()).toBe(rev);

    f.next = 1;
    const extra = f.input(newId(), { note: 'new' });
    const again = await send(f, [...drafts, { name: 'timeEntry.create', args: extra }]);
    expect(again.slice(0, drafts.length)).toEqual(first);
    expect(again[drafts.length]).toMatchObject({ status: 'applied', row: { id: extra.id, note: 'new' } });
  });

  it('reads and writes in statements of at most the parameter limit, with the same answers', async () => {
    const f = await fixture();
    const counter = { statements: 0 };
    const db = f.t.db.withPlugin(counting(counter));
    const clock = () => new Date('2026-11-18T09:30:00Z');
    const request = (clientId: string, from: number, drafts: Draft[]): PushRequest => ({
      type: 'push',
      protocol: PROTOCOL_VERSION,
      clientId,
      mutations: drafts.map((m, i) => ({ id: from + i, ...m }) as Mutation),
    });
    const creates = () =>
      Array.from({ length: 30 }, (): Draft => ({ name: 'timeEntry.create', args: f.input(newId()) }));
    const statementsOf = async (limit: number | undefined, drafts: Draft[]) => {
      const before = counter.statements;
      const answer = await push(db, f.t.dialect, f.user, request(newId(), 1, drafts), clock, limit);
      expect(answer.results.map((r) => r.status)).toEqual(drafts.map(() => 'applied'));
      return counter.statements - before;
    };
    // 40 parameters: two time-entry rows (18 columns) per INSERT, eight answers (5 columns) per INSERT,
    // 39 ids per read. 30 creates then take 15 + 4 INSERTs instead of 1 + 1; their reads still fit in one,
    // and so do their audit rows, which bind one list whatever its length (server/audit/creates-from-rows.ts).
    const small = 40;
    expect((await statementsOf(small, creates())) - (await statementsOf(undefined, creates()))).toBe(17);

    const drafts = creates();
    const created = await push(db, f.t.dialect, f.user, request(f.clientId, 1, drafts), clock, small);
    const ids = created.results.map((r) => r.row!.id);
    const updates = ids.map(
      (id): Draft => ({
        name: 'timeEntry.update',
        args: { id, baseRev: 0, base: { note: '' }, changes: { note: 'u' } },
      }),
    );
    const updated = await push(db, f.t.dialect, f.user, request(f.clientId, 31, updates), clock, small);
    expect(updated.results.map((r) => r.status)).toEqual(ids.map(() => 'merged'));
    const rows = await f.t.db.selectFrom('timeEntries').select(['id', 'note']).where('id', 'in', ids).execute();
    expect(new Map(rows.map((r) => [r.id, r.note]))).toEqual(new Map(ids.map((id) => [id, 'u'])));
    const replayed = await push(db, f.t.dialect, f.user, request(f.clientId, 31, updates), clock, small);
    expect(replayed.results).toEqual(updated.results);
    // The reply's text, made from each answer's JSON, says what serialising the response would.
    for (const { changed: _, resultsJson, ...response } of [created, updated, replayed])
      expect(JSON.parse(pushResponseJson(response, resultsJson))).toEqual(pushResponseSchema.parse(response));
  });

  it('needs the same few statements for 20 changes as for 200', async () => {
    const counts: number[] = [];
    for (const n of [20, 200]) {
      const f = await fixture();
      const counter = { statements: 0 };
      const db = f.t.db.withPlugin(counting(counter));
      const entries = Array.from({ length: n }, () => f.input(newId()));
      const mutations = entries.map((args, i) => ({ id: i + 1, name: 'timeEntry.create', args }) as Mutation);
      const request: PushRequest = { type: 'push', protocol: PROTOCOL_VERSION, clientId: f.clientId, mutations };
      const answer = await push(db, f.t.dialect, f.user, request, () => new Date('2026-11-18T09:30:00Z'));
      expect(answer.results.every((r) => r.status === 'applied')).toBe(true);
      counts.push(counter.statements);
    }
    expect(counts[1]).toBe(counts[0]);
    // The device's row (2 outside the transaction, 3 inside), the lock (PostgreSQL), the entries, the two
    // tables they refer to, the revisions, one INSERT of entries, one of audit rows, one of answers, the
    // device's last id.
    expect(counts[0]).toBeLessThanOrEqual(14);
  });
});

/** A Kysely plugin counting the statements run through it, built by the query builder or compiled by hand. */
function counting(counter: { statements: number }): KyselyPlugin {
  return {
    transformQuery: ({ node }) => node,
    transformResult: async ({ result }) => {
      counter.statements++;
      return result;
    },
  };
}
