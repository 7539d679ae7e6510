import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SessionUser, sessionUserSchema } from '../../shared/auth/schemas';
import { newId } from '../../shared/ids/ids';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';
import { pull, pullChanges, type PullInput } from './pull';
import { reserveRevs } from './revisions';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

async function me(cookie: string): Promise<SessionUser> {
  return sessionUserSchema.parse(
    ((await (await t.request('/api/auth/me', { cookie })).json()) as { user: unknown }).user,
  );
}

const counter = async (): Promise<number> =>
  Number(
    (
      await t.db
        .selectFrom('syncState')
        .select('rev')
        .where('associationId', '=', t.associationId!)
        .executeTakeFirstOrThrow()
    ).rev,
  );

/** One applied mutation, so the client has a last mutation id to report. */
async function pushOne(cookie: string, clientId: string): Promise<void> {
  const refs = await t.db
    .selectFrom('assignments')
    .select(['municipalityId', 'serviceTypeId'])
    .executeTakeFirstOrThrow();
  const mutation = {
    id: 1,
    name: 'timeEntry.create',
    args: {
      id: newId(),
      date: '2026-11-17',
      start: '08:00',
      end: '09:00',
      breakMinutes: 0,
      municipalityId: refs.municipalityId,
      siteId: null,
      serviceTypeId: refs.serviceTypeId,
      assignmentId: null,
      note: '',
      state: 'draft',
    },
  };
  const res = await t.json('/api/sync/push', cookie, {
    type: 'push',
    protocol: PROTOCOL_VERSION,
    clientId,
    mutations: [mutation],
  });
  expect(res.status).toBe(200);
}

describe('pullChanges', () => {
  it('answers exactly like the full pull when nothing changed after the cursor', async () => {
    const cookie = await t.login(t.logins.technician);
    const user = await me(cookie);
    const clientId = newId();
    await pushOne(cookie, clientId);
    const other = await me(await t.login(t.logins.coordinator));
    const cursor = await counter();
    const inputs: PullInput[] = [
      { cursor, limit: 100, clientId },
      { cursor, limit: 100 },
      { cursor, limit: 100, clientId: newId() },
      { cursor: cursor + 50, limit: 100, clientId },
      { cursor: Number.MAX_SAFE_INTEGER, limit: 1, clientId },
    ];
    for (const input of inputs) {
      const fast = await pullChanges(t.db, t.dialect, user, input, TEST_NOW);
      expect(fast).toEqual(await pull(t.db, t.dialect, user, input, TEST_NOW));
    }
    expect((await pullChanges(t.db, t.dialect, user, { cursor, limit: 100, clientId }, TEST_NOW)).lastMutationId).toBe(
      1,
    );
    // Another person's client id reveals nothing.
    expect(
      (await pullChanges(t.db, t.dialect, other, { cursor, limit: 100, clientId }, TEST_NOW)).lastMutationId,
    ).toBeNull();
  });

  it('reads the changes once the counter is past the cursor', async () => {
    const cookie = await t.login(t.logins.coordinator);
    const user = await me(cookie);
    const cursor = await counter();
    const municipality = await t.db
      .selectFrom('municipalities')
      .select('id')
      .where('associationId', '=', user.associationId)
      .executeTakeFirstOrThrow();
    await t.db.transaction().execute(async (trx) => {
      const rev = await reserveRevs(trx, user.associationId);
      await trx.updateTable('municipalities').set({ name: 'Neu', rev }).where('id', '=', municipality.id).execute();
    });
    const page = await pullChanges(t.db, t.dialect, user, { cursor, limit: 100 }, TEST_NOW);
    expect(page.upserts.municipalities).toMatchObject([{ id: municipality.id, name: 'Neu' }]);
    expect(page.cursor).toBe(cursor + 1);
    expect(page).toEqual(await pull(t.db, t.dialect, user, { cursor, limit: 100 }, TEST_NOW));
  });
});

describe('the cursor of a last page', () => {
  it(
    'jumps to the counter, past rows outside the scope and ' + 'unused revisions, so the next pull is the cheap one',
    async () => {
      const cookie = await t.login(t.logins.technician);
      const user = await me(cookie);
      const input = (cursor: number): PullInput => ({ cursor, limit: 5000 });
      const first = await pull(t.db, t.dialect, user, input(0), TEST_NOW);
      expect(first.more).toBe(false);
      // The demo seeds other people's rows after hers; her cursor still reaches the head.
      expect(first.cursor).toBe(await counter());
      // Revisions reserved and never used (a rejected mutation in a batch) do not hold it back either.
      await t.db.transaction().execute((trx) => reserveRevs(trx, t.associationId!, 5));
      const again = await pull(t.db, t.dialect, user, input(first.cursor), TEST_NOW);
      expect(again.cursor).toBe(await counter());
      expect(Object.values(again.upserts).flat()).toHaveLength(0);
    },
  );
});
