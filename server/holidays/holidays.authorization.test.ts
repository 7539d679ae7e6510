import { expect } from 'vitest';
import { holidaysResponseSchema } from '../../shared/holidays/schema';
import { describeRouteMatrix, type RouteRow } from '../testing/route-matrix';
import type { TestApp } from '../testing/test-app';

const ourMunicipalities = async (t: TestApp) =>
  (await t.db.selectFrom('municipalities').select('id').where('associationId', '=', t.associationId!).execute()).map(
    (m) => m.id,
  );

/**
 * Every signed-in person gets the public holidays of their own association's municipalities: a member the
 * first association's, the foreign administrator never one of them.
 */
async function check(res: Response, t: TestApp, who: 'member' | 'foreign'): Promise<void> {
  expect(res.status).toBe(200);
  const named = new Set(holidaysResponseSchema.parse(await res.json()).holidays.map((h) => h.municipalityId));
  const ours = await ourMunicipalities(t);
  if (who === 'member') expect([...named].sort()).toEqual([...ours].sort());
  else for (const id of ours) expect(named.has(id)).toBe(false);
}

const rows: RouteRow[] = [
  {
    name: 'public holidays of the association’s municipalities',
    method: 'GET',
    path: '/api/holidays?from=2026-01-01&to=2027-12-31',
    allowed: [],
    check,
  },
];

describeRouteMatrix(rows);
