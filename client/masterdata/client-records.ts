import type { SessionUser } from '../../shared/auth/schemas';
import type { ConflictRecord, LocalDb } from '../db/local-db';
import type { ClientRecord, ConflictHooks } from '../sync/client-record';
import { associationSettingsRows, municipalityRows, personRows, serviceTypeRows, siteRows } from './master-rows';

const pick = (row: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => k in row && !['id', 'rev', 'updatedAt'].includes(k)).map((k) => [k, row[k]]));

export type AdminWrites = {
  create(db: LocalDb, user: SessionUser, input: never): Promise<{ id: string }>;
  update(db: LocalDb, user: SessionUser, id: string, changes: never): Promise<unknown>;
  delete(db: LocalDb, user: SessionUser, id: string): Promise<void>;
};

// The writes load with the administration pages; the sync page's conflict buttons fetch them when used.
const writesOf = async (kind: 'municipality' | 'site' | 'serviceType'): Promise<AdminWrites> => {
  const m = await import('./local-writes');
  return (
    { municipality: m.municipalityWrites, site: m.siteWrites, serviceType: m.serviceTypeWrites } as unknown as Record<
      string,
      AdminWrites
    >
  )[kind]!;
};

/** "Keep mine" of an administered row: delete again, create anew, or write my fields over theirs. */
export const adminConflictHooks = (load: () => Promise<AdminWrites>, route: (id: string) => string): ConflictHooks => ({
  async keepMine(db: LocalDb, user: SessionUser, c: ConflictRecord) {
    const writes = await load();
    if (c.mine === null) {
      await writes.delete(db, user, c.rowId);
      return c.rowId;
    }
    // They deleted what I changed: mine comes back as a new row.
    if (c.theirs === null) return (await writes.create(db, user, pick(c.mine, Object.keys(c.mine)) as never)).id;
    await writes.update(db, user, c.rowId, pick(c.mine, c.fields) as never);
    return c.rowId;
  },
  route,
  needs: ['association.manage'],
});

export const associationSettingsClient: ClientRecord<'associationSettings'> = {
  ...associationSettingsRows,
  labels: {
    name: 'field.name',
    country: 'field.country',
    state: 'field.state',
    timeZone: 'field.timeZone',
    lawPack: 'field.lawPack',
    approvalPeriod: 'field.approvalPeriod',
    accessibilityContact: 'field.accessibilityContact',
  },
  conflict: {
    async keepMine(db, user, c) {
      const { updateAssociationSettings } = await import('./local-writes');
      if (c.mine) await updateAssociationSettings(db, user, pick(c.mine, c.fields));
      return c.rowId;
    },
    route: () => '/verwaltung/verband',
    needs: ['association.manage'],
  },
};

export const municipalityClient: ClientRecord<'municipalities'> = {
  ...municipalityRows,
  labels: {
    name: 'field.name',
    country: 'field.country',
    state: 'field.state',
    street: 'field.street',
    postalCode: 'field.postalCode',
    city: 'field.city',
    costCentre: 'field.costCentre',
    contactName: 'field.contactName',
    contactEmail: 'field.contactEmail',
    contactPhone: 'field.contactPhone',
  },
  conflict: adminConflictHooks(
    () => writesOf('municipality'),
    (id) => `/verwaltung/gemeinden/${id}`,
  ),
};
export const siteClient: ClientRecord<'sites'> = {
  ...siteRows,
  labels: {
    municipalityId: 'entry.municipality',
    name: 'field.name',
    kind: 'field.kind',
    street: 'field.street',
    postalCode: 'field.postalCode',
    city: 'field.city',
    latitude: 'field.latitude',
    longitude: 'field.longitude',
  },
  conflict: adminConflictHooks(
    () => writesOf('site'),
    (id) => `/verwaltung/standorte/${id}`,
  ),
};
export const serviceTypeClient: ClientRecord<'serviceTypes'> = {
  ...serviceTypeRows,
  labels: {
    code: 'field.code',
    name: 'field.name',
    hourlyRateCents: 'field.hourlyRate',
    billingUnit: 'field.billingUnit',
  },
  conflict: adminConflictHooks(
    () => writesOf('serviceType'),
    (id) => `/verwaltung/leistungen/${id}`,
  ),
};
// People are read-only here (their administration is another part of issue 15).
export const personClient: ClientRecord<'people'> = { ...personRows, labels: {} };
