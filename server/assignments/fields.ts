import type { Assignment } from '../../shared/assignments/schema';
import type { AssignmentsTable } from '../db/schema';
import { type FieldMap, rowFrom } from '../sync/field-map';

export const assignmentFields: FieldMap<AssignmentsTable> = [
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
  ['ruleOverride', 'ruleOverride', 'json'],
  ['seriesId', 'seriesId', 'text'],
];

export const toAssignment = (r: object): Assignment =>
  rowFrom<Assignment>(assignmentFields, r as Record<string, unknown>);
