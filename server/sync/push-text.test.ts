import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

/** A push creating one entry whose note is `note`, as raw JSON text (JSON.stringify would escape it the same way). */
async function pushNote(cookie: string, note: string): Promise<Response> {
  const pulled = (await (await t.request('/api/sync/pull', { cookie })).json()) as {
    upserts: { municipalities: { id: string }[]; serviceTypes: { id: string }[] };
  };
  const args = {
    id: '01900000-0000-7000-8000-0000000000ab',
    date: '2026-11-18',
    start: '08:00',
    end: '09:00',
    breakMinutes: 0,
    municipalityId: pulled.upserts.municipalities[0]!.id,
    siteId: null,
    serviceTypeId: pulled.upserts.serviceTypes[0]!.id,
    assignmentId: null,
    note,
    state: 'draft',
  };
  return t.json('/api/sync/push', cookie, {
    type: 'push',
    protocol: 1,
    clientId: '01900000-0000-7000-8000-0000000000aa',
    mutations: [{ id: 1, name: 'timeEntry.create', args }],
  });
}

describe('text the database cannot keep as sent', () => {
  it('refuses a note with a lone surrogate with a clear 400 instead of storing U+FFFD', async () => {
    const cookie = await t.login(t.logins.technician);
    for (const note of ['Toner \ud83d leer', 'Ende\udc00', 'NUL\u0000']) {
      const res = await pushNote(cookie, note);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { code: string; details: { path: string; message: string }[] };
      expect(body.code).toBe('validation_failed');
      expect(body.details[0]).toMatchObject({
        path: 'mutations.0.args.note',
        message: expect.stringMatching(/surrogate/),
      });
    }
    expect(
      await t.db
        .selectFrom('timeEntries')
        .select('id')
        .where('id', '=', '01900000-0000-7000-8000-0000000000ab')
        .execute(),
    ).toEqual([]);
  });

  it('keeps well-formed text exactly, emoji included', async () => {
    const cookie = await t.login(t.logins.technician);
    const note = 'Toner 🖨️ leer – Übergabe an Frau Ölz';
    expect((await pushNote(cookie, note)).status).toBe(200);
    const row = await t.db
      .selectFrom('timeEntries')
      .select('note')
      .where('id', '=', '01900000-0000-7000-8000-0000000000ab')
      .executeTakeFirstOrThrow();
    expect(row.note).toBe(note);
  });

  it('refuses a password with a lone surrogate at login (it would hash like another password)', async () => {
    const res = await t.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: t.logins.technician, password: 'ikz-demo-2026\ud800' }),
    });
    expect(res.status).toBe(400);
  });
});
