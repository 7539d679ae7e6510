import Dexie, { type Table } from 'dexie';
import type { Absence, AbsenceDetail } from '../../shared/absences/schema';
import type { Assignment } from '../../shared/assignments/schema';
import type { CoverRequest } from '../../shared/cover-requests/schema';
import type { ClosureDay, MunicipalityHoliday } from '../../shared/holidays/schema';
import type { RotationPlan, Station } from '../../shared/rotation/schema';
import type { Series } from '../../shared/series/schema';
import type { AssociationSettings } from '../../shared/masterdata/association-settings';
import type { Municipality, Person, ServiceType, Site } from '../../shared/masterdata/schemas';
import type { Notification } from '../../shared/notifications/schema';
import type { OpenShift } from '../../shared/open-shifts/schema';
import type { Issue } from '../../shared/errors/errors';
import type { PersonProfile } from '../../shared/people/schema';
import type { Mutation, RecordOf, SyncTable } from '../../shared/sync/protocol';
import type { TimeEntry } from '../../shared/time-entries/schema';
import type { WritableTable } from '../sync/client-record';
import { rowPlaces } from '../sync/row-places';
import { type EntryChunk, EntryStore } from '../time-entries/entry-store';

/** A queued mutation; its auto-increment key is the mutation id the server deduplicates by. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type MutationOf<T extends WritableTable> = Extract<Mutation, { name: `${RecordOf<T>['prefix']}.${string}` }>;
export type OutboxEntry = {
  [T in WritableTable]: WithoutId<MutationOf<T>> & { id?: number; table: T; rowId: string; createdAt: string };
}[WritableTable];

/** A change the server answered with a conflict: both versions kept until the person decides. */
export type ConflictRecord = {
  rowId: string;
  table: WritableTable;
  code: string;
  fields: string[];
  mine: Record<string, unknown> | null;
  theirs: Record<string, unknown> | null;
  at: string;
};

/** A change the server refused; kept with its full arguments so nothing typed is lost. */
export type ProblemRecord = {
  mutationId: number;
  table: WritableTable;
  rowId: string;
  name: Mutation['name'];
  args: Mutation['args'];
  code: string;
  message: string;
  /** The fields the refusal names (a double booking names the assignment it clashes with). */
  details?: Issue[];
  at: string;
};

/** A row the server removed from this device's scope while it still had unsent edits. */
export type AttentionRecord = {
  rowId: string;
  table: SyncTable;
  reason: string;
  row: Record<string, unknown> | null;
  at: string;
};

export type TimerState = {
  id: 'current';
  startedAt: string;
  assignmentId: string | null;
  municipalityId: string;
  siteId: string | null;
  serviceTypeId: string;
};

/**
 * `maxRowRev`: no row in the synced tables has a higher revision (pulls and push answers raise it);
 * absent on devices from before it was kept, which then compare every incoming row (see applyPullPage).
 * `scope`: what the server last said this person may see (client/sync/rescope.ts).
 * `holidays`: what the stored public holidays were fetched for (client/holidays/holiday-cache.ts).
 */
export type MetaKey =
  | 'clientId'
  | 'cursor'
  | 'maxRowRev'
  | 'lastSyncAt'
  | 'lastError'
  | 'lastServerTime'
  | 'wipeNotice'
  | 'scope'
  | 'holidays';
export type MetaRow = { key: MetaKey; value: string | number | null };

/** The first released schema, kept verbatim so upgrades from it can be tested. */
export const SCHEMA_V1 = {
  municipalities: 'id',
  sites: 'id, municipalityId',
  serviceTypes: 'id',
  people: 'id',
  assignments: 'id, personId, plannedStart',
  timeEntries: 'id, personId, date, assignmentId',
  outbox: '++id, rowId',
  conflicts: 'rowId',
  problems: 'mutationId',
  attention: 'rowId',
  meta: 'key',
  timer: 'id',
};

export class LocalDb extends Dexie {
  associationSettings!: Table<AssociationSettings, string>;
  municipalities!: Table<Municipality, string>;
  sites!: Table<Site, string>;
  serviceTypes!: Table<ServiceType, string>;
  people!: Table<Person, string>;
  personProfiles!: Table<PersonProfile, string>;
  assignments!: Table<Assignment, string>;
  coverRequests!: Table<CoverRequest, string>;
  entryChunks!: Table<EntryChunk, string>;
  absences!: Table<Absence, string>;
  absenceDetails!: Table<AbsenceDetail, string>;
  closureDays!: Table<ClosureDay, string>;
  assignmentSeries!: Table<Series, string>;
  openShifts!: Table<OpenShift, string>;
  notifications!: Table<Notification, string>;
  rotationStations!: Table<Station, string>;
  rotationPlans!: Table<RotationPlan, string>;
  /** Public holidays per municipality, as the server last sent them (client/holidays/holiday-cache.ts). */
  publicHolidays!: Table<MunicipalityHoliday, [string, string]>;
  outbox!: Table<OutboxEntry, number>;
  conflicts!: Table<ConflictRecord, string>;
  problems!: Table<ProblemRecord, number>;
  attention!: Table<AttentionRecord, string>;
  meta!: Table<MetaRow, MetaKey>;
  timer!: Table<TimerState, string>;

  constructor(name: string) {
    // Strict: a write counts as saved only once it is on disk. Chrome (since 121), Firefox and
    // Safari default to relaxed, where a power loss or OS crash just after "Gespeichert" can undo
    // it, and an outbox entry is the only copy of what was typed offline. The cost is one flush
    // per read-write transaction (a save, a pull page), not per row.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
    // v2: week lists read by person and date. Never change a primary key or drop the outbox: a
    // device may update with unsent changes (client/db/local-db.test.ts checks that they survive).
    this.version(2).stores({ timeEntries: 'id, personId, date, assignmentId, [personId+date]' });
    // v3: time entries keep only the index the app reads. Every index is written for every row a
    // pull stores, and `date` and `assignmentId` were never queried; `where('personId')` is served
    // by the compound index (Dexie uses its leading part), so it needs no index of its own.
    this.version(3).stores({ timeEntries: 'id, [personId+date]' });
    // v4: time entries many to a record (client/time-entries/entry-store.ts): a first sync of
    // 10,000 entries wrote 10,000 records. Existing entries move over; the old table goes after.
    this.version(4)
      .stores({ timeEntries: null, entryChunks: 'key, *ids' })
      .upgrade(async (tx) => {
        const rows = (await tx.table('timeEntries').toArray()) as TimeEntry[];
        await new EntryStore(tx.table('entryChunks')).bulkPut(rows);
      });
    // v5: the association's settings, a synced table of their own (issue 15); master data rows gain fields, no index;
    // personal details, which only administrators' devices receive.
    this.version(5).stores({ associationSettings: 'id', personProfiles: 'id' });
    // v6: absences (issue 16), read by person; their kind and note apart, for planners and the person only.
    this.version(6).stores({ absences: 'id, personId', absenceDetails: 'id' });
    // v7: cover requests (issue 16), few per device: no index beyond the id.
    this.version(7).stores({ coverRequests: 'id' });
    // v8: closure days, and public holidays kept for offline planning,
    // one record per municipality and date, read by date range.
    this.version(8).stores({ closureDays: 'id, date', publicHolidays: '[municipalityId+date], date' });
    // Issue 17: recurring assignments, on planners' devices.
    this.version(9).stores({ assignmentSeries: 'id' });
    // v10 (issue 17): open shifts, few; notifications, listed newest first.
    this.version(10).stores({ openShifts: 'id', notifications: 'id, createdAt' });
    // v13 (issue 18): rotation stations, read by apprentice; plans, one per apprentice.
    this.version(13).stores({ rotationStations: 'id, apprenticeId', rotationPlans: 'id' });
  }

  private entryStore: EntryStore | undefined;

  /** The time entries, whatever their records (see EntryStore); transactions name `entryTables`. */
  get timeEntries(): EntryStore {
    return (this.entryStore ??= new EntryStore(this.entryChunks));
  }

  /** The Dexie tables behind the time entries, for transaction scopes. */
  get entryTables() {
    return [this.entryChunks];
  }

  /** The Dexie tables behind the synced tables, for transaction scopes. */
  get syncedTables(): Table[] {
    // The places list every synced table; read from them so the protocol module (and zod) stays out of the first load.
    return (Object.keys(rowPlaces) as SyncTable[]).map((table) => recordsOf(this, table));
  }
}

/** One database per person, so a shared phone never mixes two people's data or outboxes. */
export const dbNameFor = (personId: string): string => `ikz-einsatz-${personId}`;

export async function getMeta<T extends MetaRow['value']>(db: LocalDb, key: MetaKey, fallback: T): Promise<T> {
  const row = await db.meta.get(key);
  return (row?.value ?? fallback) as T;
}

export const setMeta = (db: LocalDb, key: MetaKey, value: MetaRow['value']) => db.meta.put({ key, value });

/**
 * What the sync code needs of a synced table; Dexie tables have it, and so has EntryStore. Rows
 * are the protocol's, checked by the server; method syntax lets EntryStore take its own row type.
 */
export type RowStore = {
  get(id: string): Promise<unknown>;
  bulkGet(ids: string[]): Promise<unknown[]>;
  put(row: object): Promise<unknown>;
  bulkPut(rows: readonly object[]): Promise<unknown>;
  delete(id: string): Promise<void>;
  bulkDelete(ids: string[]): Promise<void>;
  clear(): Promise<void>;
  count(): Promise<number>;
  toArray(): Promise<unknown[]>;
};

/** One synced table by its protocol name; where its rows live is the registry's to say. */
export const rowStore = (db: LocalDb, table: SyncTable): RowStore => rowPlaces[table].rows(db);

/** The Dexie table whose records hold a synced table's rows (for time entries, their chunks). */
export const recordsOf = (db: LocalDb, table: SyncTable): Table => rowPlaces[table].records(db);
