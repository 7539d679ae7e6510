import { expect, it } from 'vitest';
import { describeRouteMatrix, type RouteRow } from '../testing/route-matrix';
import type { TestApp } from '../testing/test-app';

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
    foreignStatus: 404,
  },
  {
    name: 'erase a person (admin; still active: 409 counts as let through, nothing erased)',
    method: 'POST',
    path: async (t) => `/api/admin/people/${await technicianId(t)}/erase`,
    allowed: ['association.manage'],
    namesTenantData: true,
    foreignStatus: 404,
  },
];

const matrix = describeRouteMatrix(rows);

it('left no person erased: the matrix only knocked', async () => {
  expect(await matrix.app().db.selectFrom('erasures').selectAll().execute()).toEqual([]);
});
