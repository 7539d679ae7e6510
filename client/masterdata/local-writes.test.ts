import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/auth/schemas';
import { newId } from '../../shared/ids/ids';
import { freshDbs } from '../testing/fresh-dbs';
import { refusal } from '../testing/refusal';
import { municipalityWrites, serviceTypeWrites, siteWrites, updateAssociationSettings } from './local-writes';

const now = new Date('2026-11-18T09:30:00Z');
const admin: SessionUser = {
  id: newId(),
  associationId: newId(),
  associationName: 'Test',
  timeZone: 'Europe/Vienna',
  email: 'admin@example.org',
  displayName: 'Admin',
  roles: ['admin'],
  capabilities: ['association.manage'],
};
const coordinator: SessionUser = { ...admin, roles: ['coordinator'], capabilities: ['assignments.plan'] };
const gemeinde = {
  name: 'Moosburg',
  country: 'AT' as const,
  state: 'AT-2' as const,
  street: 'Kirchplatz 1',
  postalCode: '9062',
  city: 'Moosburg',
  costCentre: '1-0150-011',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};
const open = freshDbs('md');

describe('master data local writes', () => {
  it('writes a municipality and its outbox entry together, sending only changed fields with their base', async () => {
    const db = open();
    const m = await municipalityWrites.create(db, admin, gemeinde, now);
    await municipalityWrites.update(db, admin, m.id, { city: 'Moosburg in Kärnten', name: 'Moosburg' }, now);
    const outbox = await db.outbox.orderBy('id').toArray();
    expect(outbox.map((e) => e.name)).toEqual(['municipality.create', 'municipality.update']);
    expect(outbox[1]!.args).toMatchObject({ base: { city: 'Moosburg' }, changes: { city: 'Moosburg in Kärnten' } });
    expect(Object.keys((outbox[1]!.args as { changes: object }).changes)).toEqual(['city']);
    await municipalityWrites.delete(db, admin, m.id, now);
    expect(await db.municipalities.get(m.id)).toBeUndefined();
    expect((await db.outbox.orderBy('id').last())?.name).toBe('municipality.delete');
  });

  it('refuses everyone but administrators before anything is queued', async () => {
    const db = open();
    expect((await refusal(municipalityWrites.create(db, coordinator, gemeinde, now))).code).toBe('forbidden');
    expect(await db.outbox.count()).toBe(0);
  });

  it('names the field of bad input: foreign state, absurd rate, half coordinates, unknown municipality', async () => {
    const db = open();
    const wrongState = await refusal(municipalityWrites.create(db, admin, { ...gemeinde, state: 'DE-BY' }, now));
    expect(wrongState.details).toEqual([expect.objectContaining({ path: 'state', code: 'state_not_in_country' })]);
    const rate = { code: 'X', name: 'X', billingUnit: 'hour' as const };
    for (const hourlyRateCents of [-1, 100_001, 12.5]) {
      const err = await refusal(serviceTypeWrites.create(db, admin, { ...rate, hourlyRateCents }, now));
      expect(err.details?.[0]?.path).toBe('hourlyRateCents');
    }
    const m = await municipalityWrites.create(db, admin, gemeinde, now);
    const site = {
      municipalityId: m.id,
      name: 'Bauhof',
      kind: 'depot' as const,
      street: '',
      postalCode: '',
      city: '',
      latitude: 46.7,
      longitude: null,
    };
    expect((await refusal(siteWrites.create(db, admin, site, now))).details?.[0]?.path).toBe('longitude');
    const stranger = await refusal(
      siteWrites.create(db, admin, { ...site, longitude: 14.1, municipalityId: newId() }, now),
    );
    expect(stranger.details?.[0]).toMatchObject({ path: 'municipalityId', code: 'unknown_reference' });
    const ok = await siteWrites.create(db, admin, { ...site, longitude: 14.1 }, now);
    // A municipality with sites stays: the device says so at once (the server checks assignments and hours too).
    expect((await refusal(municipalityWrites.delete(db, admin, m.id, now))).details?.[0]?.code).toBe('still_in_use');
    expect(await db.municipalities.get(m.id)).toBeDefined();
    // A change that breaks a rule across fields leaves row and outbox as they were.
    const queued = await db.outbox.count();
    await refusal(siteWrites.update(db, admin, ok.id, { latitude: null }, now));
    expect(await db.sites.get(ok.id)).toMatchObject({ latitude: 46.7, longitude: 14.1 });
    expect(await db.outbox.count()).toBe(queued);
  });

  it('refuses a service type code or municipality name held by another row on the device, at that field', async () => {
    const db = open();
    const rate = { name: 'Wartung', hourlyRateCents: 5000, billingUnit: 'hour' as const };
    const first = await serviceTypeWrites.create(db, admin, { ...rate, code: 'WART' }, now);
    const dup = await refusal(serviceTypeWrites.create(db, admin, { ...rate, code: ' wart ' }, now));
    expect(dup.details).toEqual([expect.objectContaining({ path: 'code', code: 'code_taken' })]);
    const second = await serviceTypeWrites.create(db, admin, { ...rate, code: 'PFL' }, now);
    const renamed = await refusal(serviceTypeWrites.update(db, admin, second.id, { code: 'Wart' }, now));
    expect(renamed.details?.[0]?.path).toBe('code');
    // Its own code is no clash: other fields of the holder still change.
    await serviceTypeWrites.update(db, admin, first.id, { code: 'WART', name: 'Wartung neu' }, now);
    await municipalityWrites.create(db, admin, gemeinde, now);
    const twin = await refusal(municipalityWrites.create(db, admin, { ...gemeinde, name: 'MOOSBURG' }, now));
    expect(twin.details?.[0]).toMatchObject({ path: 'name', code: 'name_taken' });
    expect((await db.outbox.toArray()).map((e) => e.name)).toEqual([
      'serviceType.create',
      'serviceType.create',
      'serviceType.update',
      'municipality.create',
    ]);
  });

  it("updates the association's settings in its one row, refusing an unknown time zone", async () => {
    const db = open();
    await db.associationSettings.put({
      id: admin.associationId,
      rev: 3,
      updatedAt: now.toISOString(),
      name: 'Verband',
      country: 'AT',
      state: 'AT-2',
      timeZone: 'Europe/Vienna',
      lawPack: 'AT-AZG',
      approvalPeriod: 'month',
      accessibilityContact: '',
    });
    const zone = await refusal(updateAssociationSettings(db, admin, { timeZone: 'Mars/Olympus' }, now));
    expect(zone.details?.[0]?.path).toBe('timeZone');
    await updateAssociationSettings(db, admin, { approvalPeriod: 'week' }, now);
    expect((await db.outbox.toArray()).map((e) => [e.name, e.rowId])).toEqual([
      ['associationSettings.update', admin.associationId],
    ]);
  });
});
