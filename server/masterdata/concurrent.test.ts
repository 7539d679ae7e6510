import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { createAssociation } from '../admin/create-association';
import { type Device, deviceOf, pushFrom } from '../testing/push-as';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';

/**
 * Master data edits at once and across tenants: two administrators of one association (on PostgreSQL two
 * transactions in flight, serialized by the association's write lock), and another association's one.
 */
let t: TestApp;
let admin: Device;
beforeEach(async () => {
  t = await startTestApp();
  admin = await deviceOf(t, t.logins.admin);
});
afterEach(() => t.close());

const one = async (d: Device, draft: Parameters<typeof pushFrom>[2][number]) => (await pushFrom(t, d, [draft]))[0]!;

describe('master data under concurrent and foreign writers', () => {
  it('lets two admins edit one municipality at once: one applies, the other conflicts, then merges', async () => {
    const m = await t.db
      .selectFrom('municipalities')
      .selectAll()
      .where('associationId', '=', t.associationId!)
      .executeTakeFirstOrThrow();
    const second = await deviceOf(t, t.logins.admin);
    const base = { id: m.id, baseRev: Number(m.rev) };
    // Same field, different values: never a silent overwrite. Other fields: both kept.
    const [a, b] = await Promise.all([
      pushFrom(t, admin, [
        {
          name: 'municipality.update',
          args: {
            ...base,
            base: { costCentre: m.costCentre, city: m.city },
            changes: { costCentre: 'A-1', city: 'Stadt A' },
          },
        },
      ]),
      pushFrom(t, second, [
        {
          name: 'municipality.update',
          args: {
            ...base,
            base: { costCentre: m.costCentre, contactName: m.contactName },
            changes: { costCentre: 'B-2', contactName: 'Frau B' },
          },
        },
      ]),
    ]);
    const statuses = [a[0]!.status, b[0]!.status].sort();
    expect(statuses).toEqual(['applied', 'conflict']);
    const lost = [a[0]!, b[0]!].find((r) => r.status === 'conflict')!;
    expect(lost.fields).toEqual(['costCentre']);
    const now = await t.db.selectFrom('municipalities').selectAll().where('id', '=', m.id).executeTakeFirstOrThrow();
    const winner =
      a[0]!.status === 'applied'
        ? { costCentre: 'A-1', city: 'Stadt A', contactName: m.contactName }
        : { costCentre: 'B-2', city: m.city, contactName: 'Frau B' };
    expect(now).toMatchObject(winner);
    // The loser resends only what did not collide: it merges on top.
    const loserDevice = a[0]!.status === 'conflict' ? admin : second;
    const rest = a[0]!.status === 'conflict' ? { city: 'Stadt A' } : { contactName: 'Frau B' };
    const restBase = a[0]!.status === 'conflict' ? { city: m.city } : { contactName: m.contactName };
    const merged = await one(loserDevice, {
      name: 'municipality.update',
      args: { ...base, base: restBase, changes: rest },
    });
    expect(merged.status).toBe('merged');
    const final = await t.db.selectFrom('municipalities').selectAll().where('id', '=', m.id).executeTakeFirstOrThrow();
    expect(final).toMatchObject({ ...winner, ...rest });
  });

  it("leaves another association's master data alone when its administrator names our rows", async () => {
    const password = 'zweiter-verband-2026';
    await createAssociation(
      t.db,
      {
        associationName: 'Verband Zwei',
        timeZone: 'Europe/Berlin',
        country: 'DE',
        adminEmail: 'admin@zwei.example',
        adminName: 'Zweite',
        password,
      },
      TEST_NOW,
    );
    const foreign = { cookie: await t.login('admin@zwei.example', password), clientId: newId(), next: 1 };
    const m = await t.db
      .selectFrom('municipalities')
      .selectAll()
      .where('associationId', '=', t.associationId!)
      .executeTakeFirstOrThrow();
    const results = await pushFrom(t, foreign, [
      {
        name: 'municipality.update',
        args: { id: m.id, baseRev: Number(m.rev), base: { city: m.city }, changes: { city: 'Gekapert' } },
      },
      { name: 'municipality.delete', args: { id: m.id, base: {} } },
      // Our id for a new row of theirs: refused, without telling whose it is.
      {
        name: 'municipality.create',
        args: {
          id: m.id,
          name: 'Fremd',
          country: 'DE',
          state: 'DE-NW',
          street: '',
          postalCode: '',
          city: '',
          costCentre: '',
          contactName: '',
          contactEmail: '',
          contactPhone: '',
        },
      },
      {
        name: 'associationSettings.update',
        args: { id: t.associationId!, baseRev: 0, base: {}, changes: { name: 'Gekapert' } },
      },
    ]);
    expect(results.map((r) => r.status)).toEqual(['conflict', 'applied', 'rejected', 'conflict']);
    expect(results.map((r) => r.row ?? null)).toEqual([null, null, null, null]);
    expect(await t.db.selectFrom('municipalities').selectAll().where('id', '=', m.id).executeTakeFirst()).toEqual(m);
    const ours = await t.db
      .selectFrom('associations')
      .select('name')
      .where('id', '=', t.associationId!)
      .executeTakeFirst();
    expect(ours?.name).not.toBe('Gekapert');
  });
});
