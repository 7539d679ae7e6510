import type { z } from 'zod';
import type { SessionUser } from '../../shared/auth/schemas';
import { can } from '../../shared/capabilities/capabilities';
import { AppError, type Issue, issuesFromZod } from '../../shared/errors/errors';
import { newId } from '../../shared/ids/ids';
import type { AssociationSettings } from '../../shared/masterdata/association-settings';
import {
  associationSettingsRecord,
  municipalityRecord,
  serviceTypeRecord,
  siteRecord,
} from '../../shared/masterdata/records';
import { checkCoordinates, checkStateOfCountry } from '../../shared/masterdata/row-checks';
import type { Municipality, ServiceType, Site } from '../../shared/masterdata/schemas';
import { changesOf, createArgs } from '../../shared/sync/record';
import type { LocalDb } from '../db/local-db';
import { localWriter } from '../sync/local-write';
import { trustedNow } from '../sync/server-clock';
import { associationSettingsRows, municipalityRows, serviceTypeRows, siteRows } from './master-rows';

type Synced = { id: string; rev: number; updatedAt: string };

function refuse(issues: Issue[]): never {
  throw new AppError('validation_failed', issues.map((i) => i.message).join(' '), issues);
}

/** The server refuses master data changes of everyone else; the device says so before anything is queued. */
function assertManager(user: SessionUser): void {
  if (!can(user, 'association.manage'))
    throw new AppError('forbidden', 'Only administrators change master data', [
      { path: 'id', code: 'forbidden', message: 'Only administrators change master data.' },
    ]);
}

type Writer<Row> = {
  create(db: LocalDb, row: Row, now: Date): Promise<Row>;
  update(
    db: LocalDb,
    id: string,
    changes: Partial<Row>,
    now: Date,
    check?: (row: Row, next: Row) => void,
  ): Promise<Row>;
  delete(db: LocalDb, id: string, now: Date): Promise<void>;
};

type Spec<Row extends Synced> = {
  editable: z.ZodRawShape;
  writer: Writer<Row>;
  /** The rules across fields the server checks too (shared/masterdata/row-checks.ts), on the whole new row. */
  rules: (row: Row) => Issue[];
  /** References the device can check (a site's municipality); the server checks them again. */
  references?: (db: LocalDb, changes: Partial<Row>) => Promise<Issue[]>;
  /** Why the row cannot go, as far as the device can tell (the server decides with all rows). */
  inUse?: (db: LocalDb, id: string) => Promise<Issue | null>;
  /** The natural key people pick by (a service type's code), unique among the rows on this device. */
  unique?: { field: keyof Row & string; rows: (db: LocalDb) => Promise<Row[]> };
};

const keyOf = (v: unknown) =>
  String(v ?? '')
    .trim()
    .toLowerCase();

/** The server refuses a key another row holds (server/masterdata/unique-key.ts); the device says so at once. */
async function keyTaken<Row extends Synced>(
  spec: Spec<Row>,
  db: LocalDb,
  id: string,
  value: unknown,
): Promise<Issue[]> {
  const key = spec.unique;
  if (!key || value === undefined) return [];
  const rows = await key.rows(db);
  return rows.some((r) => r.id !== id && keyOf(r[key.field]) === keyOf(value))
    ? [{ path: key.field, code: `${key.field}_taken`, message: `Another row has this ${key.field} already.` }]
    : [];
}

/** Create, update and delete of an administered type, checked on the device as on the server. */
export function adminLocal<Row extends Synced, Input extends object>(spec: Spec<Row>) {
  const createSchema = createArgs(spec.editable);
  const changesSchema = changesOf(spec.editable);
  const refuseIf = (issues: Issue[]) => {
    if (issues.length > 0) refuse(issues);
  };
  return {
    async create(db: LocalDb, user: SessionUser, input: Input, now = trustedNow()): Promise<Row> {
      assertManager(user);
      const parsed = createSchema.safeParse({ ...input, id: newId() });
      if (!parsed.success) refuse(issuesFromZod(parsed.error));
      const row = { ...parsed.data, rev: 0, updatedAt: now.toISOString() } as unknown as Row;
      refuseIf(spec.rules(row));
      refuseIf((await spec.references?.(db, row)) ?? []);
      const field = spec.unique?.field;
      if (field) refuseIf(await keyTaken(spec, db, row.id, row[field]));
      return spec.writer.create(db, row, now);
    },
    async update(
      db: LocalDb,
      user: SessionUser,
      id: string,
      changes: Partial<Input>,
      now = trustedNow(),
    ): Promise<Row> {
      assertManager(user);
      const parsed = changesSchema.safeParse(changes);
      if (!parsed.success) refuse(issuesFromZod(parsed.error));
      const wanted = parsed.data as Partial<Row>;
      refuseIf((await spec.references?.(db, wanted)) ?? []);
      const field = spec.unique?.field;
      if (field) refuseIf(await keyTaken(spec, db, id, wanted[field]));
      return spec.writer.update(db, id, wanted, now, (_row, next) => refuseIf(spec.rules(next)));
    },
    async delete(db: LocalDb, user: SessionUser, id: string, now = trustedNow()): Promise<void> {
      assertManager(user);
      const used = spec.inUse ? await spec.inUse(db, id) : null;
      if (used) throw new AppError('validation_failed', used.message, [used]);
      await spec.writer.delete(db, id, now);
    },
  };
}

export type EditableOf<Row> = Omit<Row, 'id' | 'rev' | 'updatedAt'>;

export const municipalityWrites = adminLocal<Municipality, EditableOf<Municipality>>({
  editable: municipalityRecord.editable,
  writer: localWriter(municipalityRecord, municipalityRows),
  rules: checkStateOfCountry,
  unique: { field: 'name', rows: (db) => db.municipalities.toArray() },
  inUse: async (db, id) =>
    (await db.sites.where('municipalityId').equals(id).count()) > 0
      ? { path: 'id', code: 'still_in_use', message: 'The municipality still has sites.' }
      : null,
});

export const siteWrites = adminLocal<Site, EditableOf<Site>>({
  editable: siteRecord.editable,
  writer: localWriter(siteRecord, siteRows),
  rules: checkCoordinates,
  references: async (db, changes) =>
    changes.municipalityId !== undefined && !(await db.municipalities.get(changes.municipalityId))
      ? [{ path: 'municipalityId', code: 'unknown_reference', message: 'Unknown municipality.' }]
      : [],
});

export const serviceTypeWrites = adminLocal<ServiceType, EditableOf<ServiceType>>({
  editable: serviceTypeRecord.editable,
  writer: localWriter(serviceTypeRecord, serviceTypeRows),
  rules: () => [],
  unique: { field: 'code', rows: (db) => db.serviceTypes.toArray() },
});

const settingsWrites = adminLocal<AssociationSettings, EditableOf<AssociationSettings>>({
  editable: associationSettingsRecord.editable,
  writer: localWriter(associationSettingsRecord, associationSettingsRows),
  rules: checkStateOfCountry,
});

/** The association's settings: one row, its id the association's; nothing to create or delete. */
export const updateAssociationSettings = (
  db: LocalDb,
  user: SessionUser,
  changes: Partial<EditableOf<AssociationSettings>>,
  now = trustedNow(),
): Promise<AssociationSettings> => settingsWrites.update(db, user, user.associationId, changes, now);
