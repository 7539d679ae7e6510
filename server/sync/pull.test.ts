import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionUserSchema, type SessionUser } from '../../shared/auth/schemas';
import { newId } from '../../shared/ids/ids';
import {
  PROTOCOL_VERSION,
  type PullResponse,
  pullResponseSchema,
  pushResponseSchema,
  type SyncTable,
  syncTables,
} from '../../shared/sync/protocol';
import { createAssociation } from '../admin/create-association';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

async function me(cookie: string): Promise<SessionUser> {
  const res = await t.request('/api/auth/me', { cookie });
  return sessionUserSchema.parse(((await res.json()) as { user: unknown }).user);
}

async function pullPage(cookie: string, cursor: number, limit: number): Promise<PullResponse> {
  const res = await t.request(`/api/sync/pull?cursor=${cursor}&limit=${limit}`, { cookie });
  expect(res.status).toBe(200);
  return pullResponseSchema.parse(await res.json());
}

/** Follows the cursor until the server says there is no more; checks the cursor never goes back. */
async function pullPages(cookie: string, cursor = 0, limit = 50): Promise<PullResponse[]> {
  const pages: PullResponse[] = [];
  for (;;) {
    const page = await pullPage(cookie, cursor, limit);
    pages.push(page);
    expect(pages.length).toBeLessThan(200);
    if (!page.more) {
      expect(page.cursor).toBeGreaterThanOrEqual(cursor);
      return pages;
    }
    expect(page.cursor).toBeGreaterThan(cursor);
    cursor = page.cursor;
  }
}

const upserted = (pages: PullResponse[], table: SyncTable): string[] =>
  pages.flatMap((p) => p.upserts[table].map((r: { id: string }) => r.id));
const deleted = (pages: PullResponse[], table: SyncTable): string[] => pages.flatMap((p) => p.deletes[table]);
const sorted = (xs: string[]): string[] => [...xs].sort();

/**
 * What the database says a person may see of one table (only her own assignments, hours and absence
 * details, and no personal details, when personId is given: a technician).
 */
async function visible(table: SyncTable, associationId: string, personId?: string): Promise<string[]> {
  // Planners' cover requests: a technician reads none; of the administrators' details only her own.
  if (personId !== undefined && table === 'coverRequests') return [];
  if (personId !== undefined && table === 'personProfiles') return [personId];
  // Administrators' details, planners' cover requests and series, apprentices' rotations: a technician reads none.
  const plannersOnly =
    table === 'personProfiles' ||
    table === 'coverRequests' ||
    table === 'assignmentSeries' ||
    table === 'rotationStations' ||
    table === 'rotationPlans';
  if (personId !== undefined && plannersOnly) return [];
  const all = (tb: SyncTable) =>
    t.db.selectFrom(tb).select('id').where('associationId', '=', associationId).where('deleted', '=', 0);
  // Open shifts: those the person may claim (named when published).
  if (personId !== undefined && table === 'openShifts') {
    const shifts = await all(table).select('eligibleIds').execute();
    return shifts.filter((s) => (JSON.parse(s.eligibleIds) as string[]).includes(personId)).map((s) => s.id);
  }
  const own =
    personId !== undefined &&
    (table === 'assignments' || table === 'timeEntries' || table === 'absenceDetails' || table === 'notifications');
  const rows = own ? await all(table).where('personId', '=', personId).execute() : await all(table).execute();
  return rows.map((r) => r.id);
}

describe('pull', () => {
  it('pages through everything a technician may see, each row exactly once', async () => {
    const cookie = await t.login(t.logins.technician);
    const user = await me(cookie);
    const pages = await pullPages(cookie, 0, 50);
    let total = 0;
    for (const p of pages) {
      const size = syncTables.reduce((n, tb) => n + p.upserts[tb].length, 0);
      expect(size).toBeLessThanOrEqual(50);
      total += size;
    }
    expect(total).toBeGreaterThan(100);
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(total / 50));
    for (const table of syncTables) {
      const ids = upserted(pages, table);
      expect(new Set(ids).size, `${table} has duplicates`).toBe(ids.length);
      expect(sorted(ids), table).toEqual(sorted(await visible(table, user.associationId, user.id)));
      expect(deleted(pages, table)).toEqual([]);
    }
    expect(upserted(pages, 'municipalities')).toHaveLength(10);
    expect(upserted(pages, 'people').length).toBeGreaterThanOrEqual(15);
    const own = [...pages.flatMap((p) => p.upserts.assignments), ...pages.flatMap((p) => p.upserts.timeEntries)];
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.personId === user.id)).toBe(true);
    // Nothing left after the last cursor.
    const last = pages[pages.length - 1]!;
    const after = await pullPage(cookie, last.cursor, 50);
    expect(after.more).toBe(false);
    expect(after.cursor).toBe(last.cursor);
    expect(syncTables.every((tb) => after.upserts[tb].length === 0)).toBe(true);
  });

  it('reports more when one table alone fills the page exactly, so no row after it is skipped for good', async () => {
    const cookie = await t.login(t.logins.technician);
    const first = await pullPages(cookie, 0, 5000);
    const cursor = first.at(-1)!.cursor;
    const municipalityId = first.flatMap((p) => p.upserts.municipalities)[0]!.id;
    const serviceTypeId = first.flatMap((p) => p.upserts.serviceTypes)[0]!.id;
    // Only time entries change after the cursor: 25 of them, read with pages of 20.
    const at = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const created = Array.from({ length: 25 }, (_, i) => ({
      id: newId(),
      date: '2026-11-17',
      start: at(360 + i * 15),
      end: at(370 + i * 15),
      breakMinutes: 0,
      municipalityId,
      siteId: null,
      serviceTypeId,
      assignmentId: null,
      note: `bulk ${i}`,
      state: 'draft',
    }));
    const res = await t.json('/api/sync/push', cookie, {
      type: 'push',
      protocol: PROTOCOL_VERSION,
      clientId: newId(),
      mutations: created.map((args, i) => ({ id: i + 1, name: 'timeEntry.create', args })),
    });
    expect(pushResponseSchema.parse(await res.json()).results.map((r) => r.status)).toEqual(
      created.map(() => 'applied'),
    );

    const page = await pullPage(cookie, cursor, 20);
    expect(page.upserts.timeEntries).toHaveLength(20);
    expect(
      syncTables
        .filter((tb) => tb !== 'timeEntries')
        .every((tb) => page.upserts[tb].length === 0 && page.deletes[tb].length === 0),
    ).toBe(true);
    // The table was cut at the limit: five of its rows lie beyond this page, so the device must ask again.
    expect(page.more).toBe(true);
    const pages = await pullPages(cookie, cursor, 20);
    expect(sorted(upserted(pages, 'timeEntries'))).toEqual(sorted(created.map((e) => e.id)));
    const after = await pullPage(cookie, pages.at(-1)!.cursor, 20);
    expect(after.upserts.timeEntries).toEqual([]);
  });

  it('never sends password hashes, nor e-mail addresses of others (her own is in her own profile)', async () => {
    const cookie = await t.login(t.logins.technician);
    const text = await (await t.request('/api/sync/pull?cursor=0&limit=5000', { cookie })).text();
    expect(text).toContain(t.logins.technician);
    expect(text.replaceAll(t.logins.technician, '')).not.toMatch(
      /passwordHash|password_hash|@demo\.ikz-einsatz\.example/,
    );
  });

  it('gives a coordinator the assignments and hours of everyone', async () => {
    const cookie = await t.login(t.logins.coordinator);
    const user = await me(cookie);
    const pages = await pullPages(cookie, 0, 500);
    const assignments = pages.flatMap((p) => p.upserts.assignments);
    expect(sorted(assignments.map((a) => a.id))).toEqual(sorted(await visible('assignments', user.associationId)));
    expect(new Set(assignments.map((a) => a.personId)).size).toBeGreaterThan(5);
    expect(sorted(upserted(pages, 'timeEntries'))).toEqual(sorted(await visible('timeEntries', user.associationId)));
  });

  it('reports a deleted time entry as a delete after the previous cursor', async () => {
    const cookie = await t.login(t.logins.technician);
    const first = await pullPages(cookie, 0, 5000);
    const cursor = first[first.length - 1]!.cursor;
    const draft = first.flatMap((p) => p.upserts.timeEntries).find((e) => e.state === 'draft');
    expect(draft).toBeDefined();
    const res = await t.json('/api/sync/push', cookie, {
      type: 'push',
      protocol: PROTOCOL_VERSION,
      clientId: newId(),
      mutations: [
        { id: 1, name: 'timeEntry.delete', args: { id: draft!.id, base: { note: draft!.note, end: draft!.end } } },
      ],
    });
    expect(pushResponseSchema.parse(await res.json()).results[0]!.status).toBe('applied');
    const next = await pullPages(cookie, cursor);
    expect(deleted(next, 'timeEntries')).toEqual([draft!.id]);
    expect(upserted(next, 'timeEntries')).toEqual([]);
    expect(next[next.length - 1]!.cursor).toBeGreaterThan(cursor);
    // A device starting from scratch learns of the tombstone rather than the row.
    const fresh = await pullPages(cookie, 0, 5000);
    expect(upserted(fresh, 'timeEntries')).not.toContain(draft!.id);
    expect(deleted(fresh, 'timeEntries')).toContain(draft!.id);
  });

  it("keeps an assignment on a planner's devices when she moves it from herself to someone else", async () => {
    const coordinator = await t.login(t.logins.coordinator);
    const coordinatorId = (await me(coordinator)).id;
    // The mentor has no assignments of his own: the move books nobody twice (double-booking.ts).
    const coverId = (await me(await t.login(t.logins.mentor))).id;
    const all = await pullPages(coordinator, 0, 5000);
    const assignment = all.flatMap((p) => p.upserts.assignments).find((a) => a.status === 'planned')!;
    const move = async (id: number, baseRev: number, from: string, to: string) => {
      const res = await t.json('/api/sync/push', coordinator, {
        type: 'push',
        protocol: PROTOCOL_VERSION,
        clientId: planner,
        mutations: [
          {
            id,
            name: 'assignment.update',
            args: { id: assignment.id, baseRev, base: { personId: from }, changes: { personId: to } },
          },
        ],
      });
      const [result] = pushResponseSchema.parse(await res.json()).results;
      expect(result?.status).toBe('applied');
      return result!.row!.rev;
    };
    const planner = newId();
    const rev = await move(1, assignment.rev, assignment.personId, coordinatorId);
    const cursor = (await pullPages(coordinator, 0, 5000)).at(-1)!.cursor;
    await move(2, rev, coordinatorId, coverId);
    // She still plans (and reads) every assignment, so her devices must keep it, with its new worker.
    const next = await pullPages(coordinator, cursor, 5000);
    expect(deleted(next, 'assignments')).toEqual([]);
    expect(next.flatMap((p) => p.upserts.assignments)).toMatchObject([{ id: assignment.id, personId: coverId }]);
  });

  it('keeps associations apart in both directions', async () => {
    const password = 'zweiter-verband-2026';
    const other = await createAssociation(
      t.db,
      {
        associationName: 'Verwaltungsgemeinschaft Zwei',
        timeZone: 'Europe/Berlin',
        country: 'DE',
        adminEmail: 'admin@zwei.example',
        adminName: 'Zweite Admin',
        password,
      },
      TEST_NOW,
    );
    const foreignMunicipality = newId();
    await t.db.updateTable('syncState').set({ rev: 2 }).where('associationId', '=', other.associationId).execute();
    await t.db
      .insertInto('municipalities')
      .values({
        id: foreignMunicipality,
        associationId: other.associationId,
        rev: 2,
        deleted: 0,
        updatedAt: TEST_NOW.toISOString(),
        name: 'Nirgendwo',
        country: 'DE',
        state: 'DE-HE',
      })
      .execute();

    const otherPages = await pullPages(await t.login('admin@zwei.example', password), 0, 5000);
    expect(upserted(otherPages, 'people')).toEqual([other.adminId]);
    expect(upserted(otherPages, 'municipalities')).toEqual([foreignMunicipality]);
    for (const table of ['sites', 'serviceTypes', 'assignments', 'timeEntries'] as const)
      expect(upserted(otherPages, table)).toEqual([]);

    const demoPages = await pullPages(await t.login(t.logins.admin), 0, 5000);
    const demoIds = new Set(syncTables.flatMap((table) => upserted(demoPages, table)));
    expect(demoIds.size).toBeGreaterThan(100);
    expect(demoIds.has(other.adminId)).toBe(false);
    expect(demoIds.has(foreignMunicipality)).toBe(false);
  });

  it('answers a bad query with 400 validation_failed', async () => {
    const cookie = await t.login(t.logins.technician);
    for (const query of ['cursor=-1', 'limit=99999', 'cursor=abc', 'limit=0', 'clientId=not-a-uuid']) {
      const res = await t.request(`/api/sync/pull?${query}`, { cookie });
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { code: string }).code, query).toBe('validation_failed');
    }
  });

  it('requires a session and the current protocol version', async () => {
    const anonymous = await t.request('/api/sync/pull?cursor=0');
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { code: string }).code).toBe('unauthenticated');
    const cookie = await t.login(t.logins.technician);
    const old = await t.request('/api/sync/pull?cursor=0', { cookie, headers: { 'x-sync-protocol': '99' } });
    expect(old.status).toBe(400);
    expect(((await old.json()) as { code: string }).code).toBe('bad_request');
    const current = await t.request('/api/sync/pull?cursor=0', {
      cookie,
      headers: { 'x-sync-protocol': String(PROTOCOL_VERSION) },
    });
    expect(current.status).toBe(200);
  });

  it('sends pages gzip-compressed to clients that accept it, and small answers plain', async () => {
    const cookie = await t.login(t.logins.technician);
    const full = await t.request('/api/sync/pull?cursor=0&limit=500', {
      cookie,
      headers: { 'accept-encoding': 'gzip, deflate' },
    });
    expect(full.headers.get('content-encoding')).toBe('gzip');
    const zipped = Buffer.from(await full.arrayBuffer());
    const page = pullResponseSchema.parse(JSON.parse(gunzipSync(zipped).toString('utf8')));
    expect(page.upserts.timeEntries.length).toBeGreaterThan(0);
    expect(zipped.length).toBeLessThan(JSON.stringify(page).length / 3);
    const noop = await t.request(`/api/sync/pull?cursor=${page.cursor}`, {
      cookie,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(noop.headers.get('content-encoding')).toBeNull();
    expect(pullResponseSchema.parse(await noop.json()).cursor).toBe(page.cursor);
  });
});
