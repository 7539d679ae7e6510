import type { Absence, AbsenceDetail } from '../../shared/absences/schema';
import type { AbsenceDetailsTable, AbsencesTable } from '../db/schema';
import { type FieldMap, rowFrom } from '../sync/field-map';

export const absenceFields: FieldMap<AbsencesTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['personId', 'personId', 'text'],
  ['from', 'fromDate', 'text'],
  ['to', 'toDate', 'text'],
  ['startTime', 'startTime', 'text'],
  ['endTime', 'endTime', 'text'],
  ['status', 'status', 'text'],
  ['decidedBy', 'decidedBy', 'text'],
  ['decidedAt', 'decidedAt', 'text'],
];

export const absenceDetailFields: FieldMap<AbsenceDetailsTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['personId', 'personId', 'text'],
  ['kind', 'kind', 'text'],
  ['note', 'note', 'text'],
];

export const toAbsence = (r: object): Absence => rowFrom<Absence>(absenceFields, r as Record<string, unknown>);
export const toAbsenceDetail = (r: object): AbsenceDetail =>
  rowFrom<AbsenceDetail>(absenceDetailFields, r as Record<string, unknown>);
