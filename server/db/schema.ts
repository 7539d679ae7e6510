import type { Generated } from 'kysely';

/** Kysely table types, camelCase; CamelCasePlugin maps them to snake_case columns. */

type Synced = {
  id: string;
  associationId: string;
  rev: number;
  /** Tombstone flag (0/1): rows are never hard-deleted, so devices learn about deletions. */
  deleted: number;
  updatedAt: string;
};

export type AssociationsTable = { id: string; name: string; timeZone: string; country: string; createdAt: string };
export type SyncStateTable = { associationId: string; rev: number };
export type MunicipalitiesTable = Synced & {
  name: string;
  country: string;
  /** ISO 3166-2 code (migration 008); no default, it depends on the country. */
  state: string;
  // Migration 008, with defaults for the rows from before: address, budget line, contact.
  street: Generated<string>;
  postalCode: Generated<string>;
  city: Generated<string>;
  costCentre: Generated<string>;
  contactName: Generated<string>;
  contactEmail: Generated<string>;
  contactPhone: Generated<string>;
};
/** One row per association, id = association id (migration 008); name, zone and country mirror `associations`. */
export type AssociationSettingsTable = Synced & {
  name: string;
  country: string;
  state: string;
  timeZone: string;
  lawPack: string;
  approvalPeriod: string;
  accessibilityContact: string;
};
export type SitesTable = Synced & {
  municipalityId: string;
  name: string;
  kind: string;
  street: string;
  postalCode: string;
  city: string;
  latitude: Generated<number | null>;
  longitude: Generated<number | null>;
};
export type ServiceTypesTable = Synced & {
  code: string;
  name: string;
  hourlyRateCents: number;
  billingUnit: Generated<string>;
};
export type PeopleTable = Synced & {
  email: string;
  displayName: string;
  /** JSON array of role names. */
  roles: string;
  /** JSON array of skill labels. */
  skills: string;
  passwordHash: string | null;
  active: number;
  createdAt: string;
  /** For municipality contacts: the municipality they speak for (migration 005). */
  municipalityId: Generated<string | null>;
};
/** What administrators keep about a person (migration 009); id = the person's id. Dates ISO, JSON text lists. */
export type PersonProfilesTable = Synced & {
  displayName: string;
  email: string;
  roles: string;
  skills: string;
  municipalityId: string | null;
  employingBody: string;
  weeklyTargetMinutes: number;
  activeFrom: string | null;
  activeTo: string | null;
  dateOfBirth: string | null;
  trainingOccupation: string;
  trainingFrom: string | null;
  trainingTo: string | null;
};
/** An apprentice at a mentor's station from startsOn to endsOn (dates, inclusive); synced since migration 026. */
export type RotationStationsTable = Synced & {
  apprenticeId: string;
  mentorId: string;
  deputyId: string | null;
  municipalityId: string;
  department: string;
  startsOn: string;
  endsOn: string;
  startTime: string;
  /** JSON list of training areas. */
  trainingAreas: string;
  createdAt: string;
};
/** An apprentice's rotation plan (migration 027): the training areas as a JSON list. */
export type RotationPlansTable = Synced & {
  apprenticeId: string;
  trainingAreas: string;
  createdAt: string;
};
export type AssignmentsTable = Synced & {
  personId: string;
  municipalityId: string;
  siteId: string;
  serviceTypeId: string;
  plannedStart: string;
  plannedEnd: string;
  task: string;
  status: string;
  workerNotes: string;
  /** JSON of shared/assignments ruleOverrideSchema, or null (migration 016). */
  ruleOverride: string | null;
  createdAt: string;
  /** The series it came from (migration 019), or null. */
  seriesId: Generated<string | null>;
};
/** A municipality's request for cover (migration 015); skills, slots and assignment ids are JSON text lists. */
export type CoverRequestsTable = Synced & {
  municipalityId: string;
  siteId: string;
  serviceTypeId: string;
  skills: string;
  slots: string;
  urgency: string;
  note: string;
  state: string;
  coveredBy: string | null;
  assignmentIds: string;
  requestedBy: string;
  createdAt: string;
};
export type TimeEntriesTable = Synced & {
  personId: string;
  date: string;
  startTime: string;
  endTime: string;
  breakMinutes: number;
  municipalityId: string;
  siteId: string | null;
  serviceTypeId: string;
  assignmentId: string | null;
  note: string;
  state: string;
  createdAt: string;
  submittedAt: string | null;
};
export type SessionsTable = {
  id: string;
  personId: string;
  associationId: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
};
/** Times in epoch milliseconds (migration 004). */
export type LoginThrottleTable = { key: string; attempts: number; delayMs: number; nextAt: number };
export type SyncClientsTable = {
  clientId: string;
  personId: string;
  associationId: string;
  lastMutationId: number;
  createdAt: string;
  lastSeenAt: string;
  /** Answers of mutation ids below this were dropped: the device had moved past them (migration 003). */
  keptFrom: Generated<number>;
};
export type SyncMutationsTable = {
  clientId: string;
  mutationId: number;
  result: string;
  createdAt: string;
  fingerprint: string | null;
};

export type SyncRevocationsTable = {
  associationId: string;
  personId: string;
  tableName: string;
  rowId: string;
  rev: number;
};

/** Append-only (migration 007); `before` and `after` are JSON text. */
export type AuditLogTable = {
  id: string;
  associationId: string;
  at: string;
  actorId: string | null;
  action: string;
  tableName: string | null;
  rowId: string | null;
  before: string | null;
  after: string | null;
  /** Set when erasing a person rewrote `before`/`after` (migration 011: the one change the log allows). */
  redactedAt: string | null;
};

/** One-time invitation links (migration 010); only the token's hash is kept. */
export type InvitationsTable = {
  id: string;
  associationId: string;
  personId: string;
  tokenHash: string;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
};
/** Sessions a deactivation ended, kept until they would have expired (migration 010). */
export type EndedSessionsTable = { id: string; personId: string; endedAt: string; expiresAt: string };

/** An erased person (migration 012): dates as ISO text; retain_until is a date (YYYY-MM-DD). */
export type ErasuresTable = {
  personId: string;
  associationId: string;
  erasedAt: string;
  retainUntil: string;
  retentionDoneAt: string | null;
};
/** An absence (migration 014): who is away from when to when; times only for part days. */
export type AbsencesTable = Synced & {
  personId: string;
  fromDate: string;
  toDate: string;
  startTime: string | null;
  endTime: string | null;
  status: string;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
};
/** An absence's kind and note (migration 014), id = the absence's; planners and the person read it. */
export type AbsenceDetailsTable = Synced & { personId: string; kind: string; note: string };
/** A closure day of the association (migration 017); no municipality: all of them. */
export type ClosureDaysTable = Synced & { date: string; municipalityId: string | null; part: string; name: string };
/** An open shift (migration 020): JSON text lists for skills and who may claim; needsConfirmation 0/1. */
export type OpenShiftsTable = Synced & {
  municipalityId: string;
  siteId: string;
  serviceTypeId: string;
  plannedStart: string;
  plannedEnd: string;
  task: string;
  skills: string;
  needsConfirmation: number;
  state: string;
  claimedBy: string | null;
  claimedAt: string | null;
  assignmentId: string | null;
  eligibleIds: string;
  publishedBy: string;
  createdAt: string;
};
/** A notification for one person (migration 021); params is JSON text; pushedAt is server-only. */
export type NotificationsTable = Synced & {
  personId: string;
  kind: string;
  params: string;
  createdAt: string;
  readAt: string | null;
  pushedAt: string | null;
};
/** The server's VAPID key pair (migration 022), base64url as the web-push library uses them. */
export type VapidKeysTable = { id: string; publicKey: string; privateKey: string; createdAt: string };
/** A browser's push subscription (migration 022). */
export type PushSubscriptionsTable = {
  id: string;
  associationId: string;
  personId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  createdAt: string;
};
/** A recurring assignment (migration 019); weekdays and skipped days are JSON text. */
export type AssignmentSeriesTable = Synced & {
  personId: string;
  municipalityId: string;
  siteId: string;
  serviceTypeId: string;
  weekdays: string;
  startTime: string;
  endTime: string;
  startDate: string;
  endDate: string;
  task: string;
  skipped: string;
  createdAt: string;
  /** Every N weeks (migration 024). */
  interval: Generated<number>;
  ruleReason: string | null;
};
/** A person's calendar feed (migration 018): only the hash of the link's token. */
export type IcalFeedsTable = { personId: string; associationId: string; tokenHash: string; createdAt: string };

export type DB = {
  invitations: InvitationsTable;
  endedSessions: EndedSessionsTable;
  erasures: ErasuresTable;
  auditLog: AuditLogTable;
  syncRevocations: SyncRevocationsTable;
  associations: AssociationsTable;
  associationSettings: AssociationSettingsTable;
  syncState: SyncStateTable;
  municipalities: MunicipalitiesTable;
  sites: SitesTable;
  serviceTypes: ServiceTypesTable;
  people: PeopleTable;
  personProfiles: PersonProfilesTable;
  rotationStations: RotationStationsTable;
  rotationPlans: RotationPlansTable;
  assignments: AssignmentsTable;
  timeEntries: TimeEntriesTable;
  absences: AbsencesTable;
  absenceDetails: AbsenceDetailsTable;
  coverRequests: CoverRequestsTable;
  closureDays: ClosureDaysTable;
  icalFeeds: IcalFeedsTable;
  assignmentSeries: AssignmentSeriesTable;
  sessions: SessionsTable;
  loginThrottle: LoginThrottleTable;
  syncClients: SyncClientsTable;
  syncMutations: SyncMutationsTable;
  openShifts: OpenShiftsTable;
  notifications: NotificationsTable;
  vapidKeys: VapidKeysTable;
  pushSubscriptions: PushSubscriptionsTable;
};
