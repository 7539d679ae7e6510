import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, emailOf } from '../demo/data';
import { inviteToken, personIdOf } from '../testing/onboarding';
import { callRow, demoCallers, foreignAdmin, REFUSED, type RouteRow, rowAllows } from '../testing/route-matrix';
import { startTestApp, type TestApp } from '../testing/test-app';

// A demo person without a demo login, so deactivating them leaves every caller's session alone.
const target = demoPeople.find((p) => p.name === 'Markus Pichler')!;
let targetId: string;
const personPath = (act: string) => () => `/api/admin/people/${targetId}/${act}`;

/** The onboarding routes in the authorization table (server/http/authorization.test.ts, same helpers). */
const rows: RouteRow[] = [
  {
    name: 'access of a person',
    method: 'GET',
    path: personPath('access'),
    allowed: ['association.manage'],
    namesTenantData: true,
  },
  {
    name: 'invite a person',
    method: 'POST',
    path: personPath('invitation'),
    allowed: ['association.manage'],
    namesTenantData: true,
  },
  {
    name: 'deactivate a person',
    method: 'POST',
    path: personPath('deactivate'),
    allowed: ['association.manage'],
    namesTenantData: true,
  },
  {
    name: 'reactivate a person',
    method: 'POST',
    path: personPath('reactivate'),
    allowed: ['association.manage'],
    namesTenantData: true,
  },
];

let t: TestApp;
const cookies = new Map<string, string>();
beforeAll(async () => {
  t = await startTestApp();
  targetId = await personIdOf(t, emailOf(target.name));
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
  it('as the admin of a foreign association: 404, as if the person did not exist', async () => {
    expect((await callRow(t, row, cookies.get('foreign admin'))).status).toBe(404);
  });
});

describe('the invited person side (public: the token is the credential)', () => {
  it('needs no session, and a foreign admin gains nothing over a made-up token', async () => {
    const token = await inviteToken(t, cookies.get('admin')!, targetId);
    expect((await t.request(`/api/invitations/${token}`)).status).toBe(200);
    const guess = `${token.slice(0, 42)}${token.endsWith('x') ? 'y' : 'x'}`;
    expect((await t.request(`/api/invitations/${guess}`, { cookie: cookies.get('foreign admin')! })).status).toBe(404);
  });
});
