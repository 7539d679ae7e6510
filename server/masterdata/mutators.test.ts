import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import type { Municipality, ServiceType, Site } from '../../shared/masterdata/schemas';
import { type Device, type Draft, deviceOf, pullAll, pushFrom } from '../testing/push-as';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let admin: Device;
beforeEach(async () => {
  t = await startTestApp();
  admin = await deviceOf(t, t.logins.admin);
});
afterEach(() => t.close());

const municipality = (over: Partial<Municipality> = {}) => ({
  id: newId(),
  name: 'Gemeinde Test',
  country: 'AT' as const,
  state: 'AT-2' as const,
  street: 'Hauptplatz 1',
  postalCode: '9560',
  city: 'Testdorf',
  costCentre: '1-0150-099',
  contactName: 'Amtsleitung',
  contactEmail: 'amt@testdorf.example',
  contactPhone: '+43 4276 1234',
  ...over,
});
const site = (municipalityId: string, over: Partial<Site> = {}) => ({
  id: newId(),
  municipalityId,
  name: 'Volksschule Test',
  kind: 'school' as const,
  street: 'Schulweg 2',
  postalCode: '9560',
  city: 'Testdorf',
  latitude: 46.72,
  longitude: 14.09,
  ...over,
});
const serviceType = (over: Partial<ServiceType> = {}) => ({
  id: newId(),
  code: 'TEST',
  name: 'Testleistung',
  hourlyRateCents: 5000,
  billingUnit: 'hour' as const,
  ...over,
});

const one = async (d: Device, draft: Draft) => (await pushFrom(t, d, [draft]))[0]!;

describe('master data mutations through the push', () => {
  it('lets an administrator create, change and delete a municipality, a site and a service type', async () => {
    const m = municipality();
    const s = site(m.id);
    const st = serviceType();
    const created = await pushFrom(t, admin, [
      { name: 'municipality.create', args: m },
      { name: 'site.create', args: s },
      { name: 'serviceType.create', args: st },
    ]);
    expect(created.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const changed = await one(admin, {
      name: 'municipality.update',
      args: { id: m.id, baseRev: created[0]!.row!.rev, base: { city: 'Testdorf' }, changes: { city: 'Neudorf' } },
    });
    expect(changed).toMatchObject({ status: 'applied', row: { city: 'Neudorf', costCentre: '1-0150-099' } });
    // Everyone reads master data: the technician's device receives the new rows.
    const tech = await pullAll(t, await deviceOf(t, t.logins.technician));
    expect(tech.upserts.municipalities.find((r) => r.id === m.id)).toMatchObject({ city: 'Neudorf', state: 'AT-2' });
    expect(tech.upserts.sites.find((r) => r.id === s.id)).toMatchObject({ latitude: 46.72, longitude: 14.09 });
    expect(tech.upserts.serviceTypes.find((r) => r.id === st.id)).toMatchObject({ billingUnit: 'hour' });
    // The site goes first: its municipality is in use while it stands.
    const refused = await one(admin, { name: 'municipality.delete', args: { id: m.id, base: {} } });
    expect(refused).toMatchObject({ status: 'rejected', code: 'still_in_use', details: [{ path: 'id' }] });
    const gone = await pushFrom(t, admin, [
      { name: 'site.delete', args: { id: s.id, base: { name: s.name } } },
      { name: 'municipality.delete', args: { id: m.id, base: { city: 'Neudorf' } } },
      { name: 'serviceType.delete', args: { id: st.id, base: {} } },
    ]);
    expect(gone.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const row = await t.db.selectFrom('municipalities').select('deleted').where('id', '=', m.id).executeTakeFirst();
    expect(row?.deleted).toBe(1);
  });

  it.each(['technician', 'coordinator', 'contact', 'mentor', 'apprentice', 'cover'] as const)(
    'refuses every master data change of the %s',
    async (who) => {
      const d = await deviceOf(t, t.logins[who]);
      const existing = await t.db.selectFrom('municipalities').select(['id', 'rev', 'city']).executeTakeFirstOrThrow();
      const st = await t.db.selectFrom('serviceTypes').select(['id', 'rev']).executeTakeFirstOrThrow();
      const results = await pushFrom(t, d, [
        { name: 'municipality.create', args: municipality() },
        {
          name: 'municipality.update',
          args: { id: existing.id, baseRev: existing.rev, base: { city: existing.city }, changes: { city: 'X' } },
        },
        { name: 'municipality.delete', args: { id: existing.id, base: {} } },
        { name: 'site.create', args: site(existing.id) },
        { name: 'serviceType.create', args: serviceType() },
        {
          name: 'serviceType.update',
          args: { id: st.id, baseRev: st.rev, base: {}, changes: { hourlyRateCents: 1 } },
        },
        {
          name: 'associationSettings.update',
          args: { id: t.associationId!, baseRev: 0, base: {}, changes: { approvalPeriod: 'month' } },
        },
      ]);
      expect(results.map((r) => r.code)).toEqual(Array(7).fill('forbidden'));
      const after = await t.db
        .selectFrom('municipalities')
        .select('city')
        .where('id', '=', existing.id)
        .executeTakeFirst();
      expect(after?.city).toBe(existing.city);
    },
  );

  it('names the field of bad input: negative or absurd rate, unknown state, state of another country', async () => {
    // Field schemas are checked by the route (400 with the field); rules across fields by the mutator.
    const res = await t.json('/api/sync/push', admin.cookie, {
      type: 'push',
      protocol: 1,
      clientId: admin.clientId,
      mutations: [{ id: 1, name: 'serviceType.create', args: serviceType({ hourlyRateCents: -5 }) }],
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('hourlyRateCents');
    for (const bad of [{ hourlyRateCents: 100_001 }, { hourlyRateCents: 12.5 }]) {
      const r = await t.json('/api/sync/push', admin.cookie, {
        type: 'push',
        protocol: 1,
        clientId: admin.clientId,
        mutations: [{ id: 1, name: 'serviceType.create', args: serviceType(bad) }],
      });
      expect(r.status).toBe(400);
      expect(JSON.stringify(await r.json())).toContain('hourlyRateCents');
    }
    const unknownState = await t.json('/api/sync/push', admin.cookie, {
      type: 'push',
      protocol: 1,
      clientId: admin.clientId,
      mutations: [{ id: 1, name: 'municipality.create', args: { ...municipality(), state: 'AT-10' } }],
    });
    expect(unknownState.status).toBe(400);
    expect(JSON.stringify(await unknownState.json())).toContain('state');
    const wrongCountry = await one(admin, { name: 'municipality.create', args: municipality({ state: 'DE-BY' }) });
    expect(wrongCountry).toMatchObject({
      status: 'rejected',
      code: 'state_not_in_country',
      details: [{ path: 'state', code: 'state_not_in_country' }],
    });
    const halfCoordinates = await one(admin, {
      name: 'site.create',
      args: site((await t.db.selectFrom('municipalities').select('id').executeTakeFirstOrThrow()).id, {
        longitude: null,
      }),
    });
    expect(halfCoordinates).toMatchObject({ status: 'rejected', details: [{ path: 'longitude' }] });
  });

  it("refuses a site of another association's municipality, of a deleted one, and moving a site in use", async () => {
    // A second association in the same database, with a municipality of its own.
    const assoc = newId();
    const stamp = new Date().toISOString();
    await t.db
      .insertInto('associations')
      .values({ id: assoc, name: 'Fremd', timeZone: 'Europe/Berlin', country: 'DE', createdAt: stamp })
      .execute();
    const foreignId = newId();
    await t.db
      .insertInto('municipalities')
      .values({
        id: foreignId,
        associationId: assoc,
        rev: 1,
        deleted: 0,
        updatedAt: stamp,
        name: 'Fremd',
        country: 'DE',
        state: 'DE-NW',
      })
      .execute();
    const foreignSite = await one(admin, { name: 'site.create', args: site(foreignId) });
    expect(foreignSite).toMatchObject({
      status: 'rejected',
      code: 'unknown_reference',
      details: [{ path: 'municipalityId' }],
    });
    const m = municipality();
    await pushFrom(t, admin, [
      { name: 'municipality.create', args: m },
      { name: 'municipality.delete', args: { id: m.id, base: {} } },
    ]);
    expect(await one(admin, { name: 'site.create', args: site(m.id) })).toMatchObject({ code: 'unknown_reference' });
    // A site with assignments stays in its municipality: the hours name both.
    const used = await t.db.selectFrom('assignments').select('siteId').executeTakeFirstOrThrow();
    const usedSite = await t.db.selectFrom('sites').selectAll().where('id', '=', used.siteId).executeTakeFirstOrThrow();
    const elsewhere = await t.db
      .selectFrom('municipalities')
      .select('id')
      .where('id', '!=', usedSite.municipalityId)
      .where('associationId', '=', t.associationId!)
      .executeTakeFirstOrThrow();
    const moved = await one(admin, {
      name: 'site.update',
      args: {
        id: usedSite.id,
        baseRev: Number(usedSite.rev),
        base: { municipalityId: usedSite.municipalityId },
        changes: { municipalityId: elsewhere.id },
      },
    });
    expect(moved).toMatchObject({ status: 'rejected', code: 'still_in_use', details: [{ path: 'municipalityId' }] });
    expect(await one(admin, { name: 'site.delete', args: { id: usedSite.id, base: {} } })).toMatchObject({
      code: 'still_in_use',
    });
  });

  it('changes the association settings and the association the sign-in reads in one go', async () => {
    const pulled = await pullAll(t, admin);
    const settings = pulled.upserts.associationSettings[0]!;
    expect(settings).toMatchObject({ id: t.associationId, timeZone: 'Europe/Vienna', state: 'AT-2' });
    const bad = await t.json('/api/sync/push', admin.cookie, {
      type: 'push',
      protocol: 1,
      clientId: admin.clientId,
      mutations: [
        {
          id: 1,
          name: 'associationSettings.update',
          args: { id: settings.id, baseRev: settings.rev, base: {}, changes: { timeZone: 'Mars/Olympus' } },
        },
      ],
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('timeZone');
    const stateOfOther = await one(admin, {
      name: 'associationSettings.update',
      args: { id: settings.id, baseRev: settings.rev, base: { state: 'AT-2' }, changes: { state: 'DE-BY' } },
    });
    expect(stateOfOther).toMatchObject({ status: 'rejected', details: [{ path: 'state' }] });
    const ok = await one(admin, {
      name: 'associationSettings.update',
      args: {
        id: settings.id,
        baseRev: settings.rev,
        base: { country: 'AT', state: 'AT-2', timeZone: 'Europe/Vienna', name: settings.name },
        changes: { country: 'DE', state: 'DE-BY', timeZone: 'Europe/Berlin', name: 'Zweckverband Neu' },
      },
    });
    expect(ok.status).toBe('applied');
    const assoc = await t.db
      .selectFrom('associations')
      .selectAll()
      .where('id', '=', t.associationId!)
      .executeTakeFirstOrThrow();
    expect(assoc).toMatchObject({ name: 'Zweckverband Neu', timeZone: 'Europe/Berlin', country: 'DE' });
    const me = (await (
      await t.request('/api/auth/me', { cookie: (await deviceOf(t, t.logins.technician)).cookie })
    ).json()) as {
      user: { timeZone: string; associationName: string };
    };
    expect(me.user).toMatchObject({ timeZone: 'Europe/Berlin', associationName: 'Zweckverband Neu' });
  });
});
