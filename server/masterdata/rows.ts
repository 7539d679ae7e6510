import type { Selectable } from 'kysely';
import type { Assignment } from '../../shared/assignments/schema';
import type { Municipality, Person, ServiceType, Site } from '../../shared/masterdata/schemas';
import type { TimeEntry } from '../../shared/time-entries/schema';
import type { AssignmentsTable, MunicipalitiesTable, PeopleTable, ServiceTypesTable, SitesTable, TimeEntriesTable } from '../db/schema';

/** Database rows to the shared API shapes: one mapping per table, used by pull and push alike. */

export const toMunicipality = (r: Selectable<MunicipalitiesTable>): Municipality => ({
  id: r.id,
  rev: Number(r.rev),
  updatedAt: r.updatedAt,
  name: r.name,
  country: r.country as Municipality['country'],
});

export const toSite = (r: Selectable<SitesTable>): Site => ({
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

export const toServiceType = (r: Selectable<ServiceTypesTable>): ServiceType => ({
  id: r.id,
  rev: Number(r.rev),
  updatedAt: r.updatedAt,
  code: r.code,
  name: r.name,
  hourlyRateCents: r.hourlyRateCents,
});

export const toPerson = (r: Selectable<PeopleTable>): Person => ({
  id: r.id,
  rev: Number(r.rev),
  updatedAt: r.updatedAt,
  displayName: r.displayName,
  roles: JSON.parse(r.roles) as Person['roles'],
  skills: JSON.parse(r.skills) as string[],
  active: r.active === 1,
});

export const toAssignment = (r: Selectable<AssignmentsTable>): Assignment => ({
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

export const toTimeEntry = (r: Selectable<TimeEntriesTable>): TimeEntry => ({
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
