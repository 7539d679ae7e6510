import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { type Device, deviceOf, pushFrom } from '../testing/push-as';
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
