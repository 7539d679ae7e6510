import { expect } from 'vitest';
import { errorBodySchema } from '../../shared/errors/errors';
import { candidatesResponseSchema } from '../../shared/planning/candidates-schema';
import { describeRouteMatrix, type RouteRow } from '../testing/route-matrix';
import type { TestApp } from '../testing/test-app';

let slot: Record<string, unknown> = {};

/** A slot at the first association's first site, which the foreign administrator's association does not know. */
async function firstSlot(t: TestApp) {
  const site = await t.db
    .selectFrom('sites')
    .select(['id', 'municipalityId'])
    .where('associationId', '=', t.associationId!)
    .executeTakeFirstOrThrow();
  const type = await t.db
    .selectFrom('serviceTypes')
    .select('id')
    .where('associationId', '=', t.associationId!)
    .executeTakeFirstOrThrow();
  slot = {
    municipalityId: site.municipalityId,
    siteId: site.id,
    serviceTypeId: type.id,
    skills: [],
    start: '2026-11-19T08:00:00.000Z',
    end: '2026-11-19T12:00:00.000Z',
  };
}

const rows: RouteRow[] = [
  {
    name: 'ranked candidates for a slot',
    method: 'POST',
    path: '/api/planning/candidates',
    body: () => slot,
    allowed: ['assignments.plan'],
    // The foreign administrator reaches the route, but the first association's ids are unknown there.
    check: async (res, _t, who) => {
      if (who === 'foreign') {
        expect(res.status).toBe(400);
        const paths = errorBodySchema.parse(await res.json()).details?.map((d) => d.path);
        return expect(paths).toEqual(['municipalityId', 'siteId', 'serviceTypeId']);
      }
      expect(res.status).toBe(200);
      expect(candidatesResponseSchema.parse(await res.json()).candidates.length).toBeGreaterThan(0);
    },
  },
];

describeRouteMatrix(rows, firstSlot);
