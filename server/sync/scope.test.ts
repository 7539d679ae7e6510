import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import {
  PROTOCOL_VERSION,
  type PullResponse,
  pullResponseSchema,
  pushResponseSchema,
  syncTables,
} from '../../shared/sync/protocol';
import { addDays, dateIn } from '../../shared/time/dates';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';
import { conditionOf, scope } from './scope';

/** Read scopes: who receives which rows, and that a row leaving someone's scope leaves their devices. */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

async function pull(cookie: string, cursor = 0): Promise<PullResponse> {
  const res = await t.request(`/api/sync/pull?cursor=${cursor}&limit=5000`, { cookie });
  expect(res.status).toBe(200);
  const page = pullResponseSchema.parse(await res.json());
  expect(page.more).toBe(false);
  return page;
}
const personIdOf = async (email: string) =>
  (await t.db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
const TZ = 'Europe/Vienna';

describe('read scopes', () => {
  it(
    'gives a municipality contact the assignments and hours ' +
      'delivered to their municipality, and nothing else of them',
    async () => {
      const cookie = await t.login(t.logins.contact);
      const { municipalityId } = await t.db
        .selectFrom('people')
        .select('municipalityId')
        .where('email', '=', t.logins.contact)
        .executeTakeFirstOrThrow();
      const page = await pull(cookie);
      const atMine = await t.db
        .selectFrom('timeEntries')
        .select('id')
        .where('municipalityId', '=', municipalityId)
        .where('deleted', '=', 0)
        .execute();
      expect(atMine.length).toBeGreaterThan(0);
      expect(page.upserts.timeEntries.map((e) => e.id).sort()).toEqual(atMine.map((e) => e.id).sort());
      expect(page.upserts.assignments.length).toBeGreaterThan(0);
      expect(page.upserts.assignments.every((a) => a.municipalityId === municipalityId)).toBe(true);
      expect(page.upserts.municipalities.length).toBe(10);
    },
  );

  it(
    'gives a mentor the rows of the apprentices at her ' + 'station while it lasts, and a new scope key when it ends',
    async () => {
      const cookie = await t.login(t.logins.mentor);
      const mentorId = await personIdOf(t.logins.mentor);
      const today = dateIn(TZ, TEST_NOW);
      const station = await t.db
        .selectFrom('rotationStations')
        .selectAll()
        .where('mentorId', '=', mentorId)
        .where('startsOn', '<=', today)
        .where('endsOn', '>=', today)
        .executeTakeFirstOrThrow();
      const during = await pull(cookie);
      const people = new Set(during.upserts.timeEntries.map((e) => e.personId));
      expect(people).toEqual(new Set([station.apprenticeId]));
      expect(new Set(during.upserts.assignments.map((a) => a.personId))).toEqual(new Set([station.apprenticeId]));

      // Stations of this mentor are week by week: the day after this one ends, another apprentice (or none) is hers.
      const after = new Date(`${addDays(station.endsOn, 1)}T09:00:00Z`);
      t.setNow(after);
      const later = await pull(cookie);
      expect(later.scope).not.toBe(during.scope);
      const next = await t.db
        .selectFrom('rotationStations')
        .select('apprenticeId')
        .where('mentorId', '=', mentorId)
        .where('startsOn', '<=', dateIn(TZ, after))
        .where('endsOn', '>=', dateIn(TZ, after))
        .execute();
      expect(new Set(later.upserts.timeEntries.map((e) => e.personId))).toEqual(
        new Set(next.map((s) => s.apprenticeId)),
      );
    },
  );

  it('keeps the scope key while nothing that decides it changes, and changes it with the roles', async () => {
    const cookie = await t.login(t.logins.technician);
    const first = await pull(cookie);
    expect((await pull(cookie, first.cursor)).scope).toBe(first.scope);
    await t.db
      .updateTable('people')
      .set({ roles: JSON.stringify(['staff', 'coordinator']) })
      .where('email', '=', t.logins.technician)
      .execute();
    expect((await pull(cookie, first.cursor)).scope).not.toBe(first.scope);
  });

  it('gives a person whose roles are all unknown nothing at all, not even master data', async () => {
    await t.db
      .updateTable('people')
      .set({ roles: JSON.stringify(['visitor']) })
      .where('email', '=', t.logins.technician)
      .execute();
    const page = await pull(await t.login(t.logins.technician));
    for (const table of syncTables) expect(page.upserts[table], table).toEqual([]);
  });

  it('removes hours from a contact’s devices when they are moved to another municipality', async () => {
    const contact = await t.login(t.logins.contact);
    const { municipalityId } = await t.db
      .selectFrom('people')
      .select('municipalityId')
      .where('email', '=', t.logins.contact)
      .executeTakeFirstOrThrow();
    const tech = await t.login(t.logins.technician);
    const entry = (await pull(tech)).upserts.timeEntries.find(
      (e) => e.state === 'draft' && e.municipalityId !== municipalityId,
    )!;
    let next = 1;
    const move = async (from: { municipalityId: string; siteId: string | null; rev: number }, to: string) => {
      const args = {
        id: entry.id,
        baseRev: from.rev,
        base: { municipalityId: from.municipalityId, siteId: from.siteId },
        changes: { municipalityId: to, siteId: null },
      };
      const body = {
        type: 'push',
        protocol: PROTOCOL_VERSION,
        clientId,
        mutations: [{ id: next++, name: 'timeEntry.update', args }],
      };
      const [answer] = pushResponseSchema.parse(await (await t.json('/api/sync/push', tech, body)).json()).results;
      expect(answer!.status).toBe('applied');
      return answer!.row as { municipalityId: string; siteId: string | null; rev: number };
    };
    const clientId = newId();
    const before = await pull(contact);
    expect(before.upserts.timeEntries.map((e) => e.id)).not.toContain(entry.id);
    const moved = await move(entry, municipalityId!);
    const arrived = await pull(contact, before.cursor);
    expect(arrived.upserts.timeEntries.map((e) => e.id)).toEqual([entry.id]);
    await move(moved, entry.municipalityId);
    const left = await pull(contact, arrived.cursor);
    expect(left.deletes.timeEntries).toEqual([entry.id]);
    expect(left.upserts.timeEntries).toEqual([]);
    // The technician still has it, where she put it.
    expect((await pull(tech, arrived.cursor)).upserts.timeEntries.map((e) => [e.id, e.municipalityId])).toEqual([
      [entry.id, entry.municipalityId],
    ]);
  });
});

describe('the "named" scope', () => {
  it('lets the author and the people a record names read it, on either database', async () => {
    await sql`create table scratch_notes
      (id text primary key, author_id text not null, named_ids text not null)`.execute(t.db);
    const [a, b, c] = [newId(), newId(), newId()];
    await sql`insert into scratch_notes values
      ('n1', ${a}, ${JSON.stringify([b])}), ('n2', ${b}, '[]'), ('n3', ${c}, ${JSON.stringify([a, c])})`.execute(t.db);
    const readable = async (reader: string) => {
      const user = {
        id: reader,
        associationId: newId(),
        associationName: '',
        timeZone: TZ,
        email: '',
        displayName: '',
        roles: ['staff' as const],
        capabilities: ['time.log-own' as const],
      };
      const condition = conditionOf(
        scope.named('authorId', 'namedIds', 'time.log-own'),
        { user, municipalityIds: [], menteeIds: [] },
        t.dialect,
      );
      if (condition === null || condition === 'all') throw new Error('a named scope is always a condition');
      const { rows } = await sql<{ id: string }>`select id from scratch_notes where ${condition} order by id`.execute(
        t.db,
      );
      return rows.map((r) => r.id);
    };
    expect(await readable(a)).toEqual(['n1', 'n3']);
    expect(await readable(b)).toEqual(['n1', 'n2']);
    expect(await readable(newId())).toEqual([]);
  });

  it('a named scope grants nothing without its capability', () => {
    const user = {
      id: newId(),
      associationId: newId(),
      associationName: '',
      timeZone: TZ,
      email: '',
      displayName: '',
      roles: ['municipality_contact' as const],
      capabilities: ['cover.request' as const],
    };
    const facts = { user, municipalityIds: [], menteeIds: [] };
    expect(conditionOf(scope.named('authorId', 'namedIds', 'time.log-own'), facts, 'sqlite')).toBeNull();
  });
});
