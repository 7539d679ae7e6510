import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personExportSchema } from '../../shared/privacy/export';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const personId = async (email: string): Promise<string> =>
  (await t.db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

const entryIdsOf = async (id: string): Promise<string[]> =>
  (await t.db.selectFrom('timeEntries').select('id').where('personId', '=', id).where('deleted', '=', 0).execute()).map(
    (r) => r.id,
  );

/** Splits the export's CSV (no cell of the demo data holds a quote, `;` or line break). */
const csvRows = (text: string): string[][] =>
  text
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => l.split(';'));

describe('my data export', () => {
  it("holds my rows of every section and nothing of a colleague's, without the password hash", async () => {
    const me = await personId(t.logins.technician);
    const colleague = await personId(t.logins.cover);
    const cookie = await t.login(t.logins.technician);
    const res = await t.request('/api/account/export?format=json', { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="meine-daten-2026-11-18\.json"$/);
    const doc = personExportSchema.parse(await res.json());
    expect(doc.personId).toBe(me);
    expect(doc.sections.person).toEqual([expect.objectContaining({ id: me, email: t.logins.technician })]);
    expect(JSON.stringify(doc)).not.toMatch(/scrypt|passwordHash/);
    const mine = await entryIdsOf(me);
    expect(mine.length).toBeGreaterThan(0);
    expect(doc.sections.timeEntries?.map((e) => e.id).sort()).toEqual([...mine].sort());
    const theirs = await entryIdsOf(colleague);
    expect(theirs.length).toBeGreaterThan(0);
    for (const id of theirs) expect(JSON.stringify(doc)).not.toContain(id);
    expect(JSON.stringify(doc)).not.toContain(colleague);
    expect(doc.sections.assignments?.length).toBeGreaterThan(0);
    expect(doc.sections.sessions).toHaveLength(1);
    expect(doc.sections.profile).toEqual([expect.objectContaining({ email: t.logins.technician })]);
    // Her open leave request of the demo, with the kind and note kept apart from it.
    expect(doc.sections.absences).toEqual([
      expect.objectContaining({ status: 'requested', kind: 'leave', note: 'Familienfeier' }),
    ]);
    expect(Object.keys(doc.sections)).toEqual(
      expect.arrayContaining(['person', 'sessions', 'timeEntries', 'assignments', 'syncDevices', 'auditLog']),
    );
  });

  it('as CSV for German Excel: BOM, `;`, CRLF, a header and my entries with TT.MM.JJJJ dates', async () => {
    const me = await personId(t.logins.technician);
    const [entry] = await t.db
      .selectFrom('timeEntries')
      .select(['id', 'date'])
      .where('personId', '=', me)
      .where('deleted', '=', 0)
      .orderBy('date')
      .limit(1)
      .execute();
    // A note that Excel would run as a formula is defused.
    await t.db.updateTable('timeEntries').set({ note: '=HYPERLINK("x")' }).where('id', '=', entry!.id).execute();
    const cookie = await t.login(t.logins.technician);
    const res = await t.request('/api/account/export?format=csv', { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/filename="meine-daten-2026-11-18\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM: Excel reads UTF-8
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
    expect(text.startsWith('Bereich;Nr;Feld;Wert\r\n')).toBe(true);
    expect(text).toContain(`\r\nperson;1;email;${t.logins.technician}\r\n`);
    const rows = csvRows(text);
    const idRow = rows.find((r) => r[0] === 'timeEntries' && r[2] === 'id' && r[3] === entry!.id);
    expect(idRow).toBeDefined();
    const [y, m, d] = entry!.date.split('-');
    expect(rows).toContainEqual(['timeEntries', idRow![1], 'date', `${d}.${m}.${y}`]);
    expect(text).toContain(`timeEntries;${idRow![1]};note;"'=HYPERLINK(""x"")"`);
    expect(text).not.toContain(await personId(t.logins.cover));
  });

  it("lists an apprentice's rotation stations, and a mentor's or deputy's, but no colleague's", async () => {
    const apprentice = await personId(t.logins.apprentice);
    const stations = await t.db
      .selectFrom('rotationStations')
      .selectAll()
      .where('apprenticeId', '=', apprentice)
      .execute();
    expect(stations.length).toBeGreaterThan(0);
    const mine = await t.request('/api/account/export', { cookie: await t.login(t.logins.apprentice) });
    const doc = personExportSchema.parse(await mine.json());
    expect(doc.sections.rotationStations?.map((s) => s.id).sort()).toEqual(stations.map((s) => s.id).sort());
    const mentors = await t.request('/api/account/export', { cookie: await t.login(t.logins.mentor) });
    const mentorDoc = personExportSchema.parse(await mentors.json());
    const mentorId = await personId(t.logins.mentor);
    const asMentor = mentorDoc.sections.rotationStations ?? [];
    // Gerhard mentors some stations of the demo and stands in for Martina at the others (server/demo/rotation.ts).
    expect(asMentor.some((s) => s.deputyId === mentorId)).toBe(true);
    expect(asMentor.every((s) => s.mentorId === mentorId || s.deputyId === mentorId)).toBe(true);
    const technician = personExportSchema.parse(
      await (await t.request('/api/account/export', { cookie: await t.login(t.logins.technician) })).json(),
    );
    expect(technician.sections.rotationStations).toEqual([]);
  });

  it('refuses an unknown format with 400 naming it', async () => {
    const cookie = await t.login(t.logins.technician);
    const res = await t.request('/api/account/export?format=xlsx', { cookie });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { details: { path: string }[] }).details[0]?.path).toBe('format');
  });
});

describe("an administrator exports a person's data", () => {
  it('gets the same content, and the act is audited as person.export', async () => {
    const technician = await personId(t.logins.technician);
    const admin = await personId(t.logins.admin);
    const cookie = await t.login(t.logins.admin);
    const res = await t.request(`/api/admin/people/${technician}/export?format=json`, { cookie });
    expect(res.status).toBe(200);
    const doc = personExportSchema.parse(await res.json());
    expect(doc.personId).toBe(technician);
    expect(doc.sections.timeEntries?.map((e) => e.id).sort()).toEqual((await entryIdsOf(technician)).sort());
    const audit = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'person.export').execute();
    expect(audit).toEqual([expect.objectContaining({ actorId: admin, rowId: technician, tableName: 'people' })]);
    expect(JSON.parse(audit[0]!.after!)).toEqual({ format: 'json' });
  });

  it('answers 404 for a person of no association, and audits nothing', async () => {
    const cookie = await t.login(t.logins.admin);
    for (const id of ['0190a000-0000-7000-8000-000000000000', 'not-an-id']) {
      const res = await t.request(`/api/admin/people/${id}/export?format=csv`, { cookie });
      expect(res.status).toBe(404);
    }
    expect(await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'person.export').execute()).toEqual([]);
  });
});
