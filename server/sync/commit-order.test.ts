import { type Kysely, type KyselyPlugin, SelectQueryNode, TableNode } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SessionUser, sessionUserSchema } from '../../shared/auth/schemas';
import { newId } from '../../shared/ids/ids';
import { type PullResponse, pullResponseSchema } from '../../shared/sync/protocol';
import type { DB } from '../db/schema';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';
import { pull } from './pull';
import { reserveRevs } from './revisions';

/**
 * Revisions must follow commit order, or a device that pulled in between skips a row for good.
 * Only PostgreSQL runs writers concurrently (the test database has a pool of 5); on SQLite the one
 * connection serialises them, and the same assertions check that the result is just as complete.
 */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const associationId = () => t.associationId!;
const syncRev = async () =>
  (
    await t.db
      .selectFrom('syncState')
      .select('rev')
      .where('associationId', '=', associationId())
      .executeTakeFirstOrThrow()
  ).rev;

async function sessionOf(email: string): Promise<{ cookie: string; user: SessionUser }> {
  const cookie = await t.login(email);
  const res = await t.request('/api/auth/me', { cookie });
  return { cookie, user: sessionUserSchema.parse(((await res.json()) as { user: unknown }).user) };
}

async function pullOverHttp(cookie: string, cursor: number): Promise<PullResponse> {
  const res = await t.request(`/api/sync/pull?cursor=${cursor}`, { cookie });
  expect(res.status).toBe(200);
  return pullResponseSchema.parse(await res.json());
}

/** Inserts a time entry of the technician with the given revision, the way a mutator does. */
async function insertEntry(trx: Kysely<DB>, personId: string, id: string, rev: number): Promise<void> {
  const ref = await trx
    .selectFrom('assignments')
    .select(['municipalityId', 'serviceTypeId'])
    .where('personId', '=', personId)
    .executeTakeFirstOrThrow();
  const stamp = TEST_NOW.toISOString();
  await trx
    .insertInto('timeEntries')
    .values({
      id,
      associationId: associationId(),
      personId,
      rev,
      deleted: 0,
      updatedAt: stamp,
      createdAt: stamp,
      submittedAt: null,
      date: '2026-11-18',
      startTime: '08:00',
      endTime: '09:00',
      breakMinutes: 0,
      municipalityId: ref.municipalityId,
      serviceTypeId: ref.serviceTypeId,
      siteId: null,
      assignmentId: null,
      note: id,
      state: 'draft',
    })
    .execute();
}

describe('commit order', () => {
  it('makes a second writer wait for its revision until the first commits; a reader misses nothing', async () => {
    const reader = await sessionOf(t.logins.coordinator);
    const { user: tech } = await sessionOf(t.logins.technician);
    const start = await syncRev();
    const [idC, idA, idB] = [newId(), newId(), newId()];
    // An earlier, committed write, so the reader's cursor moves before A and B commit.
    await t.db
      .transaction()
      .execute(async (trx) => insertEntry(trx, tech.id, idC, await reserveRevs(trx, associationId())));

    const events: string[] = [];
    const a = await t.db.startTransaction().execute();
    let writerB: Promise<number> | undefined;
    try {
      const revA = await reserveRevs(a, associationId());
      await insertEntry(a, tech.id, idA, revA);
      events.push('A reserved');

      writerB = (async () => {
        const b = await t.db.startTransaction().execute();
        const revB = await reserveRevs(b, associationId());
        events.push('B reserved');
        await insertEntry(b, tech.id, idB, revB);
        await b.commit().execute();
        events.push('B committed');
        return revB;
      })();
      const between = pullOverHttp(reader.cookie, start);
      await sleep(250);
      // B tried all this time; it cannot have a revision (let alone commit) while A holds the counter.
      expect(events).toEqual(['A reserved']);
      if (t.dialect === 'postgres') {
        const seen = await between;
        expect(seen.upserts.timeEntries.map((e) => e.id)).toEqual([idC]);
        expect(seen.cursor).toBe(start + 1);
      }

      events.push('A commits');
      await a.commit().execute();
      const revB = await writerB;
      expect(events).toEqual(['A reserved', 'A commits', 'B reserved', 'B committed']);
      expect([revA, revB]).toEqual([start + 2, start + 3]);

      const first = await between;
      const rest = await pullOverHttp(reader.cookie, first.cursor);
      expect(rest.more).toBe(false);
      const ids = [...first.upserts.timeEntries, ...rest.upserts.timeEntries].map((e) => e.id);
      expect(ids.sort()).toEqual([idA, idB, idC].sort());
      expect(rest.cursor).toBe(start + 3);
    } finally {
      // A failed assertion must not leave the counter locked for the teardown.
      if (!a.isCommitted && !a.isRolledBack) await a.rollback().execute();
      await writerB?.catch(() => undefined);
    }
  });

  it('hands out consecutive revisions to writers queued behind each other', async () => {
    const { user: tech } = await sessionOf(t.logins.technician);
    const start = await syncRev();
    const ids = Array.from({ length: 6 }, () => newId());
    const revs = await Promise.all(
      ids.map((id) =>
        t.db.transaction().execute(async (trx) => {
          const rev = await reserveRevs(trx, associationId());
          await insertEntry(trx, tech.id, id, rev);
          return rev;
        }),
      ),
    );
    expect([...revs].sort((x, y) => x - y)).toEqual(ids.map((_, i) => start + 1 + i));
    expect(await syncRev()).toBe(start + ids.length);
  });

  it('reads all tables of one pull from one snapshot, so a commit between two reads is not skipped', async () => {
    const { user } = await sessionOf(t.logins.technician);
    const start = await syncRev();
    const municipality = await t.db
      .selectFrom('municipalities')
      .select('id')
      .where('associationId', '=', associationId())
      .executeTakeFirstOrThrow();
    const entry = await t.db
      .selectFrom('timeEntries')
      .select('id')
      .where('personId', '=', user.id)
      .where('state', '=', 'draft')
      .executeTakeFirstOrThrow();

    // One transaction changes a row of the table the pull read first (lower revision) and a time entry (higher).
    const write = () =>
      t.db.transaction().execute(async (trx) => {
        const revM = await reserveRevs(trx, associationId());
        await trx
          .updateTable('municipalities')
          .set({ name: 'Umbenannt', rev: revM })
          .where('id', '=', municipality.id)
          .execute();
        const revE = await reserveRevs(trx, associationId());
        await trx.updateTable('timeEntries').set({ note: 'neu', rev: revE }).where('id', '=', entry.id).execute();
      });
    const tables = new Map<unknown, string>();
    let firstRead: string | undefined;
    let writer: Promise<void> | undefined;
    const commitAfterFirstRead: KyselyPlugin = {
      transformQuery: ({ node, queryId }) => {
        const from = SelectQueryNode.is(node) ? node.from?.froms[0] : undefined;
        if (from && TableNode.is(from)) tables.set(queryId, from.table.identifier.name);
        return node;
      },
      transformResult: async ({ result, queryId }) => {
        // The reader's scope facts (people, stations) are read before the pull's snapshot opens.
        if (!writer && tables.get(queryId) === 'municipalities') {
          firstRead = tables.get(queryId);
          writer = write();
          // PostgreSQL commits it now, between two reads; SQLite queues it behind the pull's transaction.
          if (t.dialect === 'postgres') await writer;
        }
        return result;
      },
    };

    const page = await pull(
      t.db.withPlugin(commitAfterFirstRead),
      t.dialect,
      user,
      { cursor: start, limit: 100 },
      TEST_NOW,
    );
    await writer;
    expect(firstRead).toBe('municipalities');
    expect(page.upserts.municipalities).toEqual([]);
    expect(page.upserts.timeEntries).toEqual([]);
    expect(page.cursor).toBe(start);

    const next = await pull(t.db, t.dialect, user, { cursor: page.cursor, limit: 100 }, TEST_NOW);
    expect(next.upserts.municipalities).toMatchObject([{ id: municipality.id, name: 'Umbenannt' }]);
    expect(next.upserts.timeEntries).toMatchObject([{ id: entry.id, note: 'neu' }]);
    expect(next.cursor).toBe(start + 2);
  });
});
