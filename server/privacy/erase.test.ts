import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SessionUser, sessionUserSchema } from '../../shared/auth/schemas';
import { writeAudit } from '../audit/write';
import { pullAll } from '../testing/pull-all';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';
import { erasePerson, pseudonymOf } from './erase';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const personId = async (email: string): Promise<string> =>
  (await t.db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

/** The technician has left: deactivated by an admin (the onboarding route), her notes still there. */
async function technicianWhoLeft(): Promise<string> {
  const id = await personId(t.logins.technician);
  const res = await t.request(`/api/admin/people/${id}/deactivate`, {
    method: 'POST',
    cookie: await t.login(t.logins.admin),
  });
  expect(res.status).toBe(200);
  await t.db.updateTable('timeEntries').set({ note: 'Arzttermin 14 Uhr' }).where('personId', '=', id).execute();
  await t.db.updateTable('assignments').set({ workerNotes: 'Rückenschmerzen' }).where('personId', '=', id).execute();
  return id;
}

const erase = (cookie: string, id: string) => t.request(`/api/admin/people/${id}/erase`, { method: 'POST', cookie });

async function detailOf(res: Response): Promise<string | undefined> {
  return ((await res.json()) as { details?: { code: string }[] }).details?.[0]?.code;
}

async function notesOf(id: string): Promise<string[]> {
  const entries = await t.db.selectFrom('timeEntries').select('note').where('personId', '=', id).execute();
  const assignments = await t.db.selectFrom('assignments').select('workerNotes').where('personId', '=', id).execute();
  const absences = await t.db.selectFrom('absenceDetails').select('note').where('personId', '=', id).execute();
  return [...entries, ...absences]
    .map((e) => e.note)
    .concat(assignments.map((a) => a.workerNotes))
    .filter(Boolean);
}

describe('erasing a person', () => {
  it('is refused while the person is active, and changes nothing', async () => {
    const id = await personId(t.logins.technician);
    const res = await erase(await t.login(t.logins.admin), id);
    expect(res.status).toBe(409);
    expect(await detailOf(res)).toBe('person_active');
    const row = await t.db
      .selectFrom('people')
      .select(['displayName', 'passwordHash'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.displayName).toBe('Lena Hofer');
    expect(row.passwordHash).not.toBeNull();
    expect(await t.db.selectFrom('erasures').selectAll().execute()).toEqual([]);
  });

  it('is refused for oneself', async () => {
    const admin = await t.login(t.logins.admin);
    const res = await erase(admin, await personId(t.logins.admin));
    expect(res.status).toBe(403);
    expect(await detailOf(res)).toBe('erase_self');
  });

  it('pseudonymises at once, ends sessions, clears skills and notes, keeps time records, audits', async () => {
    const phone = await t.login(t.logins.technician);
    const id = await technicianWhoLeft();
    const admin = await t.login(t.logins.admin);
    const entriesBefore = await t.db.selectFrom('timeEntries').select('id').where('personId', '=', id).execute();
    // Her leave request's note (demo) is among them.
    expect(await notesOf(id)).toContain('Familienfeier');
    const res = await erase(admin, id);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ personId: id, displayName: pseudonymOf(id), retainUntil: '2028-11-18' });
    const row = await t.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.displayName).toMatch(/^Gelöschte Person [0-9A-F]{4}$/);
    expect(row.email).toBe(`erased+${id}@erased.invalid`);
    expect(row.passwordHash).toBeNull();
    expect(row.skills).toBe('[]');
    expect(await t.db.selectFrom('sessions').selectAll().where('personId', '=', id).execute()).toEqual([]);
    expect([401, 403]).toContain((await t.request('/api/auth/me', { cookie: phone })).status);
    expect(await notesOf(id)).toEqual([]);
    const profile = await t.db.selectFrom('personProfiles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(profile).toMatchObject({
      displayName: pseudonymOf(id),
      email: `erased+${id}@erased.invalid`,
      dateOfBirth: null,
    });
    const entriesAfter = await t.db
      .selectFrom('timeEntries')
      .select('id')
      .where('personId', '=', id)
      .where('deleted', '=', 0)
      .execute();
    expect(entriesAfter).toHaveLength(entriesBefore.length);
    const erasure = await t.db.selectFrom('erasures').selectAll().executeTakeFirstOrThrow();
    expect(erasure).toMatchObject({ personId: id, retainUntil: '2028-11-18', retentionDoneAt: null });
    const exported = await t.request(`/api/admin/people/${id}/export`, { cookie: admin });
    expect(((await exported.json()) as { sections: { erasure: unknown[] } }).sections.erasure).toEqual([
      { erasedAt: TEST_NOW.toISOString(), retainUntil: '2028-11-18', retentionDoneAt: null },
    ]);
    const audit = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'person.erase').execute();
    expect(audit).toEqual([expect.objectContaining({ rowId: id, actorId: await personId(t.logins.admin) })]);
    expect(audit[0]!.after).not.toContain('Hofer');
  });

  it('removes her notifications and push subscriptions; others’ notifications naming her get a pseudonym', async () => {
    const id = await technicianWhoLeft();
    const coordinator = await personId(t.logins.coordinator);
    const associationId = t.associationId!;
    const note = (nid: string, to: string, params: Record<string, string>) => ({
      id: nid,
      associationId,
      rev: 1,
      deleted: 0,
      updatedAt: TEST_NOW.toISOString(),
      personId: to,
      kind: 'cover.filled',
      params: JSON.stringify(params),
      createdAt: TEST_NOW.toISOString(),
      readAt: null,
      pushedAt: null,
    });
    await t.db
      .insertInto('notifications')
      .values([
        note('n-names-her', coordinator, { person: 'Lena Hofer', municipality: 'Ossiach' }),
        note('n-other', coordinator, { person: 'Anna Steiner', note: 'nicht Lena Hofer allein' }),
        note('n-hers', id, { person: 'Thomas Wieser' }),
      ])
      .execute();
    await t.db
      .insertInto('pushSubscriptions')
      .values({
        id: 's1',
        associationId,
        personId: id,
        endpoint: 'https://push.example/x',
        p256dh: 'k',
        auth: 'a',
        createdAt: TEST_NOW.toISOString(),
      })
      .execute();

    expect((await erase(await t.login(t.logins.admin), id)).status).toBe(200);
    const rows = new Map(
      (await t.db.selectFrom('notifications').selectAll().where('id', 'like', 'n-%').execute()).map((r) => [r.id, r]),
    );
    expect(JSON.parse(rows.get('n-names-her')!.params)).toEqual({ person: pseudonymOf(id), municipality: 'Ossiach' });
    expect(rows.get('n-names-her')!.rev).toBeGreaterThan(1);
    // Only a value that is her name is hers; a sentence that mentions it is someone's own words.
    expect(rows.get('n-other')).toMatchObject({
      rev: 1,
      params: JSON.stringify({ person: 'Anna Steiner', note: 'nicht Lena Hofer allein' }),
    });
    expect(rows.get('n-hers')).toMatchObject({ deleted: 1, params: '{}' });
    expect(await t.db.selectFrom('pushSubscriptions').selectAll().where('personId', '=', id).execute()).toEqual([]);
  });

  it('redacts the audit values that name the person, in the same act; other rows stay as written', async () => {
    const id = await technicianWhoLeft();
    const associationId = t.associationId!;
    const at = new Date('2026-11-18T08:00:00Z');
    const entry = { associationId, actorId: null, action: 'create' as const, tableName: 'timeEntries', at };
    await t.db.transaction().execute((trx) =>
      writeAudit(trx, [
        { ...entry, action: 'person.invite', tableName: 'people', rowId: id, after: { email: t.logins.technician } },
        { ...entry, rowId: 'x1', after: { note: 'Vertretung für Lena Hofer' } },
        { ...entry, rowId: 'x2', after: { note: 'Vertretung für Anna Steiner' } },
      ]),
    );
    expect((await erase(await t.login(t.logins.admin), id)).status).toBe(200);
    const rows = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('at', '=', at.toISOString())
      .orderBy('rowId')
      .execute();
    const after = rows.map((r) => JSON.parse(r.after!) as Record<string, string>);
    // Ordered by row id: the person's own (a UUID) before the two entries.
    expect(after).toEqual([
      { email: `erased+${id}@erased.invalid` },
      { note: `Vertretung für ${pseudonymOf(id)}` },
      { note: 'Vertretung für Anna Steiner' },
    ]);
    expect(rows.map((r) => r.redactedAt !== null)).toEqual([true, true, false]);
    expect(JSON.stringify(await t.db.selectFrom('auditLog').select(['before', 'after']).execute())).not.toMatch(
      /Lena Hofer|lena\.hofer/,
    );
  });

  it("reaches devices: a colleague's next pull shows the pseudonym and the emptied notes", async () => {
    const id = await technicianWhoLeft();
    const coordinator = await t.login(t.logins.coordinator);
    const { cursor } = await pullAll(t, coordinator);
    expect((await erase(await t.login(t.logins.admin), id)).status).toBe(200);
    const { pages } = await pullAll(t, coordinator, cursor);
    const people = pages.flatMap((p) => p.upserts.people);
    expect(people).toEqual([expect.objectContaining({ id, displayName: pseudonymOf(id), skills: [] })]);
    const entries = pages.flatMap((p) => p.upserts.timeEntries);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e).toMatchObject({ personId: id, note: '' });
    const assignments = pages.flatMap((p) => p.upserts.assignments);
    expect(assignments.length).toBeGreaterThan(0);
    for (const a of assignments) expect(a).toMatchObject({ personId: id, workerNotes: '' });
  });

  it('rolls back entirely when a step fails: nothing half-erased, no audit row', async () => {
    const id = await technicianWhoLeft();
    const adminCookie = await t.login(t.logins.admin);
    const me = await t.request('/api/auth/me', { cookie: adminCookie });
    const actor: SessionUser = sessionUserSchema.parse(((await me.json()) as { user: unknown }).user);
    const revBefore = await t.db.selectFrom('syncState').select('rev').executeTakeFirstOrThrow();
    // The audit log's table gone: the last write of the erasure fails after all others were made.
    await sql`drop table audit_log`.execute(t.db);
    await expect(erasePerson(t.db, t.dialect, actor, id, new Date('2026-11-18T10:00:00Z'))).rejects.toThrow();
    const row = await t.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ displayName: 'Lena Hofer', email: t.logins.technician });
    expect(row.passwordHash).not.toBeNull();
    expect(await notesOf(id)).not.toEqual([]);
    expect(await t.db.selectFrom('erasures').selectAll().execute()).toEqual([]);
    expect(await t.db.selectFrom('syncState').select('rev').executeTakeFirstOrThrow()).toEqual(revBefore);
  });

  it('happens once when two administrators erase at the same moment: one 200, one 409, nothing doubled', async () => {
    const id = await technicianWhoLeft();
    const [a, b] = [await t.login(t.logins.admin), await t.login(t.logins.admin)];
    const answers = await Promise.all([erase(a, id), erase(b, id)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await detailOf(answers.find((r) => r.status === 409)!)).toBe('already_erased');
    expect(await t.db.selectFrom('erasures').selectAll().execute()).toHaveLength(1);
    expect(await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'person.erase').execute()).toHaveLength(
      1,
    );
  });

  it('is refused as not found for a person of another association or none', async () => {
    const res = await erase(await t.login(t.logins.admin), '0190a000-0000-7000-8000-000000000000');
    expect(res.status).toBe(404);
  });
});
