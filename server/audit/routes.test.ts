import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AuditPage, auditPageSchema } from '../../shared/audit/schema';
import { errorBodySchema } from '../../shared/errors/errors';
import { newId } from '../../shared/ids/ids';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';
import { type AuditEntry, writeAudit } from './write';

let t: TestApp;
let admin: string;
const [anna, ben, row1] = [newId(), newId(), newId()];
const day = (d: string, hhmm = '10:00') => new Date(`2026-11-${d}T${hhmm}:00Z`);

beforeEach(async () => {
  t = await startTestApp();
  admin = await t.login(t.logins.admin);
  const base = { associationId: t.associationId!, before: null };
  const entries: AuditEntry[] = [
    {
      ...base,
      actorId: anna,
      action: 'create',
      tableName: 'timeEntries',
      rowId: row1,
      after: { note: 'a' },
      at: day('10'),
    },
    {
      ...base,
      actorId: ben,
      action: 'update',
      tableName: 'timeEntries',
      rowId: row1,
      after: { note: 'b' },
      at: day('12'),
    },
    {
      ...base,
      actorId: ben,
      action: 'create',
      tableName: 'sites',
      rowId: newId(),
      after: { name: 'S' },
      at: day('14'),
    },
    { ...base, actorId: null, action: 'person.invite', tableName: 'people', rowId: anna, after: null, at: day('16') },
    // 23:30 UTC on the 16th is the 17th in Vienna.
    {
      ...base,
      actorId: anna,
      action: 'delete',
      tableName: 'timeEntries',
      rowId: row1,
      after: null,
      at: day('16', '23:30'),
    },
  ];
  await writeAudit(t.db, entries);
});
afterEach(() => t.close());

async function list(query: string): Promise<AuditPage> {
  const res = await t.request(`/api/admin/audit${query}`, { cookie: admin });
  expect(res.status, await res.clone().text()).toBe(200);
  return auditPageSchema.parse(await res.json());
}
const actions = (p: AuditPage) => p.rows.map((r) => r.action);

describe('GET /api/admin/audit', () => {
  it('lists newest first, with the values as JSON objects', async () => {
    const page = await list('');
    expect(actions(page)).toEqual(['delete', 'person.invite', 'create', 'update', 'create']);
    expect(page.rows[3]).toMatchObject({ actorId: ben, table: 'timeEntries', rowId: row1, after: { note: 'b' } });
    expect(page.next).toBeNull();
  });

  it('filters by actor, by person (actor or their row), table, row and period in the local time zone', async () => {
    expect(actions(await list(`?actor=${anna}`))).toEqual(['delete', 'create']);
    expect(actions(await list(`?person=${anna}`))).toEqual(['delete', 'person.invite', 'create']);
    expect(actions(await list('?table=sites'))).toEqual(['create']);
    expect(actions(await list(`?rowId=${row1}&actor=${ben}`))).toEqual(['update']);
    expect(actions(await list('?from=2026-11-12&to=2026-11-16'))).toEqual(['person.invite', 'create', 'update']);
    expect(actions(await list('?from=2026-11-17'))).toEqual(['delete']);
  });

  it('pages by cursor without gaps or repeats, also among rows of the same instant', async () => {
    const same = Array.from({ length: 3 }, (_, i) => ({
      associationId: t.associationId!,
      actorId: ben,
      action: 'update' as const,
      tableName: 'sites',
      rowId: newId(),
      after: { i },
      at: TEST_NOW,
    }));
    await writeAudit(t.db, same);
    const seen: string[] = [];
    let query = '?limit=2';
    for (let i = 0; i < 10; i++) {
      const page = await list(query);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) break;
      query = `?limit=2&before=${encodeURIComponent(page.next)}`;
    }
    const all = (await list('?limit=200')).rows.map((r) => r.id);
    expect(all).toHaveLength(8);
    expect(seen).toEqual(all);
  });

  it.each([
    ['?from=2026-13-01', 'from'],
    ['?to=gestern', 'to'],
    ['?from=2026-11-20&to=2026-11-10', 'to'],
    ['?actor=anna', 'actor'],
    ['?table=drop%20table', 'table'],
    ['?before=2026-11-18', 'before'],
    ['?limit=0', 'limit'],
    ['?limit=abc', 'limit'],
    ['?sort=asc', ''],
  ])('answers bad input %s with 400 naming the field', async (query, field) => {
    const res = await t.request(`/api/admin/audit${query}`, { cookie: admin });
    expect(res.status).toBe(400);
    const body = errorBodySchema.parse(await res.json());
    expect(body.code).toBe('validation_failed');
    expect(body.details?.map((d) => d.path)).toContain(field);
  });
});
