import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callRow, demoCallers, foreignAdmin, REFUSED, type RouteRow, rowAllows } from '../testing/route-matrix';
import { startTestApp, type TestApp } from '../testing/test-app';

/** A person of the demo association (the technician): the admin routes' subject. */
const technicianId = async (t: TestApp): Promise<string> =>
  (await t.db.selectFrom('people').select('id').where('email', '=', t.logins.technician).executeTakeFirstOrThrow()).id;

/** My account and data protection routes (issue 15, points 3 and 5), in the authorization table's form. */
const rows: RouteRow[] = [
  { name: 'my sessions', method: 'GET', path: '/api/account/sessions', allowed: [] },
  { name: 'end my other sessions', method: 'POST', path: '/api/account/sessions/end-others', allowed: [] },
  {
    name: 'change my password (wrong current one: 400 counts as let through)',
    method: 'POST',
    path: '/api/account/password',
    body: { currentPassword: 'not-the-password', newPassword: 'Gnesau-Himmelberg-7' },
    allowed: [],
    okStatuses: [400],
  },
  { name: 'my data as JSON', method: 'GET', path: '/api/account/export?format=json', allowed: [] },
  { name: 'my data as CSV', method: 'GET', path: '/api/account/export?format=csv', allowed: [] },
  {
    name: "a person's data (admin)",
    method: 'GET',
    path: async (t) => `/api/admin/people/${await technicianId(t)}/export?format=json`,
    allowed: ['association.manage'],
    namesTenantData: true,
  },
  {
    name: 'erase a person (admin; still active: 409 counts as let through, nothing erased)',
    method: 'POST',
    path: async (t) => `/api/admin/people/${await technicianId(t)}/erase`,
    allowed: ['association.manage'],
    namesTenantData: true,
  },
];

let t: TestApp;
const cookies = new Map<string, string>();
beforeAll(async () => {
  t = await startTestApp();
  for (const caller of demoCallers) cookies.set(caller.label, await caller.login(t));
  cookies.set('foreign admin', await foreignAdmin(t));
});
afterAll(() => t.close());

describe.each(rows)('$method $name', (row) => {
  it('refuses nobody signed in', async () => {
    expect((await callRow(t, row, undefined)).status).toBe(401);
  });
  it.each(demoCallers.map((c) => [c.label, c] as const))('as %s', async (label, caller) => {
    const res = await callRow(t, row, cookies.get(label));
    if (rowAllows(row, caller.roles)) expect(REFUSED).not.toContain(res.status);
    else expect(REFUSED).toContain(res.status);
  });
  it('as the admin of a foreign association', async () => {
    const res = await callRow(t, row, cookies.get('foreign admin'));
    if (row.namesTenantData) expect(res.status).toBe(404);
    else expect(REFUSED).not.toContain(res.status);
  });
});

it('left no person erased: the matrix only knocked', async () => {
  expect(await t.db.selectFrom('erasures').selectAll().execute()).toEqual([]);
});
