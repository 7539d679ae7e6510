import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPageSchema } from '../../shared/audit/schema';
import { callRow, demoCallers, foreignAdmin, REFUSED, type RouteRow, rowAllows } from '../testing/route-matrix';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';
import { writeAudit } from './write';

/**
 * The audit log's rows of the authorization table: only those who manage the association. A foreign
 * association's administrator is let through to the route, but it lists their own association's log:
 * an empty list here, never a row of the first association.
 */
const rows: RouteRow[] = [
  { name: 'audit log', method: 'GET', path: '/api/admin/audit', allowed: ['association.manage'] },
  {
    name: 'audit log filtered by a row of the first association (foreign admin: empty list)',
    method: 'GET',
    path: (t) => `/api/admin/audit?rowId=${t.associationId}`,
    allowed: ['association.manage'],
  },
];

let t: TestApp;
const cookies = new Map<string, string>();
beforeAll(async () => {
  t = await startTestApp();
  for (const caller of demoCallers) cookies.set(caller.label, await caller.login(t));
  cookies.set('foreign admin', await foreignAdmin(t));
  const entry = { associationId: t.associationId!, actorId: null, tableName: 'people', at: TEST_NOW };
  await writeAudit(t.db, [{ ...entry, action: 'person.export', rowId: t.associationId!, after: { format: 'json' } }]);
});
afterAll(() => t.close());

describe.each(rows)('$method $name', (row) => {
  it('refuses nobody signed in', async () => {
    expect((await callRow(t, row, undefined)).status).toBe(401);
  });
  it.each(demoCallers.map((c) => [c.label, c] as const))('as %s', async (label, caller) => {
    const res = await callRow(t, row, cookies.get(label));
    if (rowAllows(row, caller.roles)) {
      expect(res.status).toBe(200);
      expect(auditPageSchema.parse(await res.json()).rows).toHaveLength(1);
    } else expect(REFUSED).toContain(res.status);
  });
  it('as the admin of a foreign association: an empty list, none of the first association rows', async () => {
    const res = await callRow(t, row, cookies.get('foreign admin'));
    expect(res.status).toBe(200);
    const listed = auditPageSchema.parse(await res.json()).rows.map((r) => r.id);
    const ours = await t.db.selectFrom('auditLog').select('id').where('associationId', '=', t.associationId!).execute();
    expect(ours).toHaveLength(1);
    // Their own association's acts may show (none yet); the first association's never do.
    expect(listed.filter((id) => ours.some((o) => o.id === id))).toEqual([]);
    expect(listed).toEqual([]);
  });
});
