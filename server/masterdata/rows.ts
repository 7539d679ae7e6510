import type { Selectable } from 'kysely';
import type { Assignment } from '../../shared/assignments/schema';
import type { Municipality, Person, ServiceType, Site } from '../../shared/masterdata/schemas';
import type { TimeEntry } from '../../shared/time-entries/schema';
import type { AssignmentsTable, MunicipalitiesTable, PeopleTable, ServiceTypesTable, SitesTable, TimeEntriesTable } from '../db/schema';

/**
 * Database rows to the shared API shapes: one mapping per table, used by pull and push alike. Each
 * mapping names the columns it reads, so the pull selects only those: less to read per row (a first
 * sync reads thousands) and no column, such as a password hash, read where it is not sent.
 */
type Row<T, C extends readonly (keyof Selectable<T>)[]> = Pick<Selectable<T>, C[number]>;

/**
 * The same mapping for the pull, which has the database write each row's JSON (server/sync/row-json.ts):
 * a first sync sends thousands of rows, and building them as objects and serializing them in Node cost
 * three times as much. [API field, column, kind]; a test checks each list against its mapping above it.
 */
export type WireKind = 'text' | 'int' | 'bool' | 'json';
export type WireSpec<T> = readonly (readonly [field: string, column: keyof Selectable<T> & string, kind: WireKind])[];

export const municipalityColumns = ['id', 'rev', 'updatedAt', 'name', 'country'] as const;
export const toMunicipality = (r: Row<MunicipalitiesTable, typeof municipalityColumns>): Municipality => ({
  id: r.id,
  rev: Number(r.rev),
  updatedAt: r.updatedAt,
  name: r.name,
  country: r.country as Municipality['country'],
});

export const municipalityWire: WireSpec<MunicipalitiesTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['name', 'name', 'text'],
  ['country', 'country', 'text'],
];

export const siteColumns = ['id', 'rev', 'updatedAt', 'municipalityId', 'name', 'kind', 'street', 'postalCode', 'city'] as const;
export const toSite = (r: Row<SitesTable, typeof siteColumns>): Site => ({
  id: r.id,
  rev: Number(r.rev),
  updatedAt: r.updatedAt,
  municipalityId: r.municipalityId,
  name: r.name,
  kind: r.kind as Site['kind'],
  street: r.street,
  postalCode: r.postalCode,
  city: r.city,
});

export const siteWire: WireSpec<SitesTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['municipalityId', 'municipalityId', 'text'],
  ['name', 'name', 'text'],
  ['kind', 'kind', 'text'],
  ['street', 'street', 'text'],
  ['postalCode', 'postalCode', 'text'],
  ['city', 'city', 'text'],
];

export const serviceTypeColumns = ['id', 'rev', 'updatedAt', 'code', 'name', 'hourlyRateCents'] as const;
export const toServiceType = (r: Row<ServiceTypesTable, typeof serviceTypeColumns>): ServiceType => ({
  id: r.id,
  rev: Number(r.rev),
  updatedAt: r.updatedAt,
  code: r.code,
  name: r.name,
  hourlyRateCents: r.hourlyRateCents,
});

export const serviceTypeWire: WireSpec<ServiceTypesTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['code', 'code', 'text'],
  ['name', 'name', 'text'],
  ['hourlyRateCents', 'hourlyRateCents', 'int'],
];

export const personColumns = ['id', 'rev', 'updatedAt', 'displayName', 'roles', 'skills', 'active'] as const;
export const toPerson = (r: Row<PeopleTable, typeof personColumns>): Person => ({
  id: r.id,
  rev: Number(r.rev),
  updatedAt: r.updatedAt,
  displayName: r.displayName,
  roles: JSON.parse(r.roles) as Person['roles'],
  skills: JSON.parse(r.skills) as string[],
  active: r.active === 1,
});

export const personWire: WireSpec<PeopleTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['displayName', 'displayName', 'text'],
  ['roles', 'roles', 'json'],
  ['skills', 'skills', 'json'],
  ['active', 'active', 'bool'],
];

export const assignmentColumns = ['id', 'rev', 'updatedAt', 'personId', 'municipalityId', 'siteId', 'serviceTypeId', 'plannedStart', 'plannedEnd', 'task', 'status', 'workerNotes'] as const;
export const toAssignment = (r: Row<AssignmentsTable, typeof assignmentColumns>): Assignment => ({
  id: r.id,
  rev: Number(r.rev),
  updatedAt: r.updatedAt,
  personId: r.personId,
  municipalityId: r.municipalityId,
  siteId: r.siteId,
  serviceTypeId: r.serviceTypeId,
  plannedStart: r.plannedStart,
  plannedEnd: r.plannedEnd,
  task: r.task,
  status: r.status as Assignment['status'],
  workerNotes: r.workerNotes,
});

export const assignmentWire: WireSpec<AssignmentsTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['personId', 'personId', 'text'],
  ['municipalityId', 'municipalityId', 'text'],
  ['siteId', 'siteId', 'text'],
  ['serviceTypeId', 'serviceTypeId', 'text'],
  ['plannedStart', 'plannedStart', 'text'],
  ['plannedEnd', 'plannedEnd', 'text'],
  ['task', 'task', 'text'],
  ['status', 'status', 'text'],
  ['workerNotes', 'workerNotes', 'text'],
];

export const timeEntryColumns = ['id', 'rev', 'updatedAt', 'personId', 'date', 'startTime', 'endTime', 'breakMinutes', 'municipalityId', 'siteId', 'serviceTypeId', 'assignmentId', 'note', 'state'] as const;
export const toTimeEntry = (r: Row<TimeEntriesTable, typeof timeEntryColumns>): TimeEntry => ({
  id: r.id,
  rev: Number(r.rev),
  updatedAt: r.updatedAt,
  personId: r.personId,
  date: r.date,
  start: r.startTime,
  end: r.endTime,
  breakMinutes: r.breakMinutes,
  municipalityId: r.municipalityId,
  siteId: r.siteId,
  serviceTypeId: r.serviceTypeId,
  assignmentId: r.assignmentId,
  note: r.note,
  state: r.state as TimeEntry['state'],
});

export const timeEntryWire: WireSpec<TimeEntriesTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['personId', 'personId', 'text'],
  ['date', 'date', 'text'],
  ['start', 'startTime', 'text'],
  ['end', 'endTime', 'text'],
  ['breakMinutes', 'breakMinutes', 'int'],
  ['municipalityId', 'municipalityId', 'text'],
  ['siteId', 'siteId', 'text'],
  ['serviceTypeId', 'serviceTypeId', 'text'],
  ['assignmentId', 'assignmentId', 'text'],
  ['note', 'note', 'text'],
  ['state', 'state', 'text'],
];
