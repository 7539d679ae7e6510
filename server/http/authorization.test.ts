import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { startTestApp, type TestApp } from '../testing/test-app';
import { callRow, demoCallers, foreignAdmin, REFUSED, type RouteRow, rowAllows } from '../testing/route-matrix';

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
    if (row.namesTenantData) expect(REFUSED).toContain(res.status);
    else expect(REFUSED).not.toContain(res.status);
  });
});
