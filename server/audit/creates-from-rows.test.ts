import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { serverRecords } from '../sync/registry';
import type { AnyFieldMap } from '../sync/field-map';
import { type Device, deviceOf, pushFrom } from '../testing/push-as';
import { createsFromRowsSql } from './creates-from-rows';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let admin: Device;
beforeEach(async () => {
  t = await startTestApp();
  admin = await deviceOf(t, t.logins.admin);
});
afterEach(() => t.close());

const auditAfter = async (rowId: string) =>
  (await t.db.selectFrom('auditLog').selectAll().where('rowId', '=', rowId).orderBy('id').execute()).map((r) => ({
    action: r.action,
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  }));

describe('audit rows of creates written by the database from the new rows', () => {
  it('hold each created row’s fields as the API has them, for several tables in one push', async () => {
    const m = {
      id: newId(),
      name: 'Gemeinde "Test"',
      country: 'AT' as const,
      state: 'AT-2' as const,
      street: 'Hauptplatz 1',
      postalCode: '9560',
      city: 'Testdorf',
      costCentre: '1-0150-099',
      contactName: 'Amtsleitung',
      contactEmail: 'amt@testdorf.example',
      contactPhone: '+43 4276 1234',
    };
    const s = {
      id: newId(),
      municipalityId: m.id,
      name: 'Volksschule Test',
      kind: 'school' as const,
      street: 'Schulweg 2',
      postalCode: '9560',
      city: 'Testdorf',
      latitude: 46.72,
      longitude: 14.09,
    };
    const st = { id: newId(), code: 'TST', name: 'Testleistung', hourlyRateCents: 5000, billingUnit: 'hour' as const };
    const results = await pushFrom(t, admin, [
      { name: 'municipality.create', args: m },
      { name: 'site.create', args: s },
      { name: 'serviceType.create', args: st },
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    for (const [sent, result] of [m, s, st].map((x, i) => [x, results[i]!] as const)) {
      const { id, rev, updatedAt, ...fields } = result.row as Record<string, unknown>;
      expect(id).toBe(sent.id);
      expect(await auditAfter(sent.id)).toEqual([{ action: 'create', after: fields }]);
      const { id: _sentId, ...sentFields } = sent;
      expect(fields).toMatchObject(sentFields);
    }
  });

  it('logs a row created and changed in one push as it was created, then the change', async () => {
    const st = { id: newId(), code: 'ABC', name: 'Erst', hourlyRateCents: 4000, billingUnit: 'hour' as const };
    const results = await pushFrom(t, admin, [
      { name: 'serviceType.create', args: st },
      {
        name: 'serviceType.update',
        args: { id: st.id, baseRev: 0, base: { name: 'Erst' }, changes: { name: 'Zweit' } },
      },
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'merged']);
    const rows = await auditAfter(st.id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows[0]!.after).toMatchObject({ name: 'Erst', hourlyRateCents: 4000 });
    expect(rows[1]!.after).toEqual({ name: 'Zweit' });
  });
});

describe('the plan of the audit rows of creates', () => {
  /**
   * Read by the database as it would run it: each created row must be found by its key. Planned as a join,
   * PostgreSQL hashed all the association's entries for every push (from statistics a growing table rarely
   * has fresh), so a push's cost grew with the association's history; SQLite scanned the table.
   */
  it('finds each created row by its key, not by reading all the association’s rows', async () => {
    const associationId = t.associationId!;
    const seeded = await t.db
      .selectFrom('timeEntries')
      .select('id')
      .where('associationId', '=', associationId)
      .limit(1)
      .executeTakeFirstOrThrow();
    // 3,000 more entries, copies of a demo entry, so reading them all would be worth a plan's while.
    await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < 3000)
      insert into time_entries (id, association_id, rev, deleted, updated_at, person_id, date, start_time, end_time,
        break_minutes, municipality_id, site_id, service_type_id, assignment_id, note, state, created_at, submitted_at)
      select e.id || '-' || n.i, e.association_id, e.rev, e.deleted, e.updated_at, e.person_id, e.date, e.start_time,
        e.end_time, e.break_minutes, e.municipality_id, e.site_id, e.service_type_id, e.assignment_id, e.note, e.state,
        e.created_at, e.submitted_at
      from n cross join time_entries e where e.association_id = ${associationId} and e.id = ${seeded.id}`.execute(t.db);
    const creates = Array.from({ length: 500 }, (_, i) => ({
      auditId: newId(),
      rowId: `${seeded.id}-${i + 1}`,
      at: new Date().toISOString(),
    }));
    const statement = createsFromRowsSql(
      t.dialect,
      'timeEntries',
      serverRecords.timeEntries.fields as AnyFieldMap,
      associationId,
      'someone',
      creates,
    ).compile(t.db);
    const explain = t.dialect === 'postgres' ? 'explain ' : 'explain query plan ';
    const { rows } = await t.db.executeQuery({ ...statement, sql: explain + statement.sql });
    const plan = rows.map((r) => Object.values(r as object).join(' ')).join('\n');
    if (t.dialect === 'postgres') {
      expect(plan).toMatch(/Index Scan using time_entries_pkey/);
      expect(plan).not.toMatch(/Hash|Seq Scan on time_entries/);
    } else {
      expect(plan).toMatch(
        /SEARCH time_entries USING INDEX sqlite_autoindex_time_entries_1|SEARCH time_entries USING PRIMARY KEY/,
      );
      expect(plan).not.toMatch(/SCAN time_entries/);
    }
  });
});
