import { expect } from 'vitest';
import { auditPageSchema } from '../../shared/audit/schema';
import { describeRouteMatrix, type RouteRow } from '../testing/route-matrix';
import { TEST_NOW, type TestApp } from '../testing/test-app';
import { writeAudit } from './write';

/**
 * The audit log's rows of the authorization table: only those who manage the association. A foreign
 * association's administrator is let through to the route, but it lists their own association's log:
 * an empty list here, never a row of the first association.
 */
/** A member with the right sees the one row of the first association; the foreign admin sees none of it. */
async function check(res: Response, t: TestApp, who: 'member' | 'foreign'): Promise<void> {
  expect(res.status).toBe(200);
  const listed = auditPageSchema.parse(await res.json()).rows.map((r) => r.id);
  const ours = await t.db.selectFrom('auditLog').select('id').where('associationId', '=', t.associationId!).execute();
  expect(ours).toHaveLength(1);
  if (who === 'member') expect(listed).toEqual(ours.map((o) => o.id));
  // Their own association's acts may show (none yet); the first association's never do.
  else expect(listed).toEqual([]);
}

const rows: RouteRow[] = [
  { name: 'audit log', method: 'GET', path: '/api/admin/audit', allowed: ['association.manage'], check },
  {
    name: 'audit log filtered by a row of the first association (foreign admin: empty list)',
    method: 'GET',
    path: (t) => `/api/admin/audit?rowId=${t.associationId}`,
    allowed: ['association.manage'],
    check,
  },
];

describeRouteMatrix(rows, async (t) => {
  const entry = { associationId: t.associationId!, actorId: null, tableName: 'people', at: TEST_NOW };
  await writeAudit(t.db, [{ ...entry, action: 'person.export', rowId: t.associationId!, after: { format: 'json' } }]);
});
