import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullAll } from '../testing/pull-all';
import { personIdOf } from '../testing/absence-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * Who reads what of the demo's absences (server/demo/absences.ts: Markus sick, Anna on leave, Jonas at
 * school, Lena's open request): everyone sees who is away when; why only planners and the person.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function pulled(login: keyof TestApp['logins']) {
  const cookie = await t.login(t.logins[login]);
  const res = await t.request('/api/sync/pull?cursor=0&limit=5000', { cookie });
  const text = await res.text();
  const { pages } = await pullAll(t, cookie);
  return {
    text,
    absences: pages.flatMap((p) => p.upserts.absences),
    details: pages.flatMap((p) => p.upserts.absenceDetails),
  };
}

describe('absence read scopes', () => {
  it('gives every role the dates of all absences', async () => {
    for (const login of ['technician', 'apprentice', 'mentor', 'contact', 'coordinator', 'admin'] as const)
      expect((await pulled(login)).absences, login).toHaveLength(4);
  });

  it('shows the kind and the note to planners and the person only', async () => {
    expect((await pulled('coordinator')).details.map((d) => d.kind).sort()).toEqual([
      'leave',
      'leave',
      'school',
      'sickness',
    ]);
    expect((await pulled('admin')).details).toHaveLength(4);
    const lena = await pulled('technician');
    expect(lena.details.map((d) => d.personId)).toEqual([await personIdOf(t, t.logins.technician)]);
    expect((await pulled('cover')).details.map((d) => d.kind)).toEqual(['leave']);
    expect((await pulled('mentor')).details).toEqual([]);
    expect((await pulled('contact')).details).toEqual([]);
  });

  it('never sends a colleague that someone is sick, nor the note', async () => {
    for (const login of ['technician', 'cover', 'apprentice', 'mentor', 'contact'] as const) {
      const { text } = await pulled(login);
      expect(text, login).not.toContain('sickness');
      expect(text, login).not.toContain('Krankmeldung');
    }
  });
});
