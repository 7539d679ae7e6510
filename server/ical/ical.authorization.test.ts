import { expect } from 'vitest';
import { feedStatusSchema, newFeedSchema } from '../../shared/ical/schemas';
import { describeRouteMatrix, type RouteRow } from '../testing/route-matrix';

/** The feed's management routes: people with assignments of their own, each only their own feed. */
const rows: RouteRow[] = [
  {
    name: 'my calendar feed',
    method: 'GET',
    path: '/api/account/ical',
    allowed: ['assignments.read-own'],
    okStatuses: [200],
    check: async (res) => void feedStatusSchema.parse(await res.json()),
  },
  {
    name: 'make my calendar feed',
    method: 'POST',
    path: '/api/account/ical',
    allowed: ['assignments.read-own'],
    okStatuses: [200],
    check: async (res) => void expect(newFeedSchema.safeParse(await res.json()).success).toBe(true),
  },
  {
    name: 'revoke my calendar feed',
    method: 'POST',
    path: '/api/account/ical/revoke',
    allowed: ['assignments.read-own'],
    okStatuses: [200],
  },
];

describeRouteMatrix(rows);
