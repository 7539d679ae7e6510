import { PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { describeRouteMatrix, type RouteRow } from '../testing/route-matrix';

/**
 * The authorization table: every API route, called by each role, by nobody and by the administrator
 * of a foreign association. Routes of later capabilities add their rows here (or a table of their own
 * run by the same helpers, server/testing/route-matrix.ts).
 */
const rows: RouteRow[] = [
  { name: 'who am I', method: 'GET', path: '/api/auth/me', allowed: [] },
  { name: 'pull', method: 'GET', path: '/api/sync/pull?cursor=0&limit=10', allowed: [] },
  {
    name: 'push (empty)',
    method: 'POST',
    path: '/api/sync/push',
    body: { type: 'push', protocol: PROTOCOL_VERSION, clientId: crypto.randomUUID(), mutations: [] },
    allowed: [],
  },
];

describeRouteMatrix(rows);
