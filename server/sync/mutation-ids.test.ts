import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import {
  MAX_MUTATION_ID,
  type MutationResult,
  PROTOCOL_VERSION,
  pullResponseSchema,
  pushResponseSchema,
} from '../../shared/sync/protocol';
import type { TimeEntryInput } from '../../shared/time-entries/schema';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';
import { forgetIdleClients } from './idle-clients';

/** Mutation ids are exact: each applied once, never skipped, never confused with another change. */
let t: TestApp;
let cookie: string;
let clientId: string;
let input: () => TimeEntryInput;
beforeEach(async () => {
  t = await startTestApp();
  cookie = await t.login(t.logins.technician);
  clientId = newId();
  const page = pullResponseSchema.parse(
    await (await t.request('/api/sync/pull?cursor=0&limit=5000', { cookie })).json(),
  );
  const [m, s] = [page.upserts.municipalities[0]!.id, page.upserts.serviceTypes[0]!.id];
  input = () => ({
    id: newId(),
    date: '2026-11-18',
    start: '08:00',
    end: '09:00',
    breakMinutes: 0,
    municipalityId: m,
    siteId: null,
    serviceTypeId: s,
    assignmentId: null,
    note: 'n',
    state: 'draft',
  });
});
afterEach(() => t.close());

const create = (id: number, args = input()) => ({ id, name: 'timeEntry.create', args });
const send = (mutations: unknown[]) =>
  t.json('/api/sync/push', cookie, { type: 'push', protocol: PROTOCOL_VERSION, clientId, mutations });
async function push(...mutations: ReturnType<typeof create>[]): Promise<MutationResult[]> {
  const res = await send(mutations);
  expect(res.status, await res.clone().text()).toBe(200);
  return pushResponseSchema.parse(await res.json()).results;
}
const stored = (id: string) => t.db.selectFrom('timeEntries').select('id').where('id', '=', id).execute();
const keptAnswers = async () =>
  (
    await t.db
      .selectFrom('syncMutations')
      .select('mutationId')
      .where('clientId', '=', clientId)
      .orderBy('mutationId')
      .execute()
  ).map((r) => Number(r.mutationId));

describe('mutation ids', () => {
  it('refuses an id that comes after a later one with its own code, and applies nothing', async () => {
    expect((await push(create(2)))[0]!.status).toBe('applied');
    const late = create(1);
    const [answer] = await push(late);
    expect(answer).toMatchObject({ mutationId: 1, status: 'rejected', code: 'mutation_out_of_order' });
    expect(await stored(late.args.id)).toEqual([]);
    // Not stored as an answer either: the same id sent again is refused again, not replayed as done.
    expect((await push(late))[0]!.code).toBe('mutation_out_of_order');
  });

  it('refuses an id used again for other content, and still replays the true one', async () => {
    const first = create(1);
    const [applied] = await push(first);
    const other = create(1);
    expect((await push(other))[0]).toMatchObject({ status: 'rejected', code: 'mutation_id_reused' });
    expect(await stored(other.args.id)).toEqual([]);
    expect(await push(first)).toEqual([applied]);
  });

  it('answers a push with a repeated or descending id with 400, before applying anything', async () => {
    const twice = [create(1), create(1)];
    for (const mutations of [twice, [create(3), create(2)]]) {
      const res = await send(mutations);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'bad_request' });
    }
    expect(await stored(twice[0]!.args.id)).toEqual([]);
    // Refused before the device was even registered.
    expect(
      await t.db.selectFrom('syncClients').select('lastMutationId').where('clientId', '=', clientId).executeTakeFirst(),
    ).toBeUndefined();
  });

  it('refuses ids above the maximum, so one absurd id cannot block the device', async () => {
    const res = await send([create(MAX_MUTATION_ID + 1)]);
    expect(res.status).toBe(400);
    expect((await push(create(MAX_MUTATION_ID)))[0]!.status).toBe('applied');
  });
});

describe('stored answers', () => {
  it('keeps only those the device can still replay: a push starting at id F drops the answers below F', async () => {
    await push(create(1), create(2));
    const third = create(3);
    await push(third, create(4));
    expect(await keptAnswers()).toEqual([3, 4]);
    // The device had moved past 1: a stray copy of an old request learns so, rather than being applied again.
    expect((await push(create(1)))[0]).toMatchObject({ status: 'rejected', code: 'already_processed' });
    // Still kept: replayed.
    expect((await push(third))[0]).toMatchObject({ mutationId: 3, status: 'applied' });
  });

  it('still tells an out-of-order id after answers were dropped, and across gaps in the numbering', async () => {
    await push(create(5));
    await push(create(9));
    expect(await keptAnswers()).toEqual([9]);
    expect((await push(create(7)))[0]!.code).toBe('mutation_out_of_order');
    expect((await push(create(4)))[0]!.code).toBe('already_processed');
  });

  it('forgets devices idle for half a year, with their answers', async () => {
    await push(create(1));
    expect(await forgetIdleClients(t.db, new Date(TEST_NOW.getTime() + 179 * 86_400_000))).toBe(0);
    expect(await forgetIdleClients(t.db, new Date(TEST_NOW.getTime() + 181 * 86_400_000))).toBe(1);
    expect(await keptAnswers()).toEqual([]);
    expect(await t.db.selectFrom('syncClients').select('clientId').where('clientId', '=', clientId).execute()).toEqual(
      [],
    );
    // Coming back, it is a new client: its next change is applied.
    expect((await push(create(2)))[0]!.status).toBe('applied');
  });
});
