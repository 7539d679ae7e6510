import { describe, expect, it } from 'vitest';
import { demoPeople, emailOf } from '../demo/data';
import { inviteToken, personIdOf } from '../testing/onboarding';
import { describeRouteMatrix, type RouteRow } from '../testing/route-matrix';

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
    foreignStatus: 404,
  },
  {
    name: 'invite a person',
    method: 'POST',
    path: personPath('invitation'),
    allowed: ['association.manage'],
    namesTenantData: true,
    foreignStatus: 404,
  },
  {
    name: 'deactivate a person',
    method: 'POST',
    path: personPath('deactivate'),
    allowed: ['association.manage'],
    namesTenantData: true,
    foreignStatus: 404,
  },
  {
    name: 'reactivate a person',
    method: 'POST',
    path: personPath('reactivate'),
    allowed: ['association.manage'],
    namesTenantData: true,
    foreignStatus: 404,
  },
];

const matrix = describeRouteMatrix(rows, async (t) => {
  targetId = await personIdOf(t, emailOf(target.name));
});

describe('the invited person side (public: the token is the credential)', () => {
  it('needs no session, and a foreign admin gains nothing over a made-up token', async () => {
    const t = matrix.app();
    const token = await inviteToken(t, matrix.cookie('admin'), targetId);
    expect((await t.request(`/api/invitations/${token}`)).status).toBe(200);
    const guess = `${token.slice(0, 42)}${token.endsWith('x') ? 'y' : 'x'}`;
    expect((await t.request(`/api/invitations/${guess}`, { cookie: matrix.cookie('foreign admin') })).status).toBe(404);
  });
});
