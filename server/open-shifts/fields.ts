import type { OpenShift } from '../../shared/open-shifts/schema';
import type { OpenShiftsTable } from '../db/schema';
import { type FieldMap, rowFrom } from '../sync/field-map';

export const openShiftFields: FieldMap<OpenShiftsTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['municipalityId', 'municipalityId', 'text'],
  ['siteId', 'siteId', 'text'],
  ['serviceTypeId', 'serviceTypeId', 'text'],
  ['plannedStart', 'plannedStart', 'text'],
  ['plannedEnd', 'plannedEnd', 'text'],
  ['task', 'task', 'text'],
  ['skills', 'skills', 'json'],
  ['needsConfirmation', 'needsConfirmation', 'bool'],
  ['state', 'state', 'text'],
  ['claimedBy', 'claimedBy', 'text'],
  ['claimedAt', 'claimedAt', 'text'],
  ['assignmentId', 'assignmentId', 'text'],
  ['eligibleIds', 'eligibleIds', 'json'],
  ['publishedBy', 'publishedBy', 'text'],
];

export const toOpenShift = (r: object): OpenShift => rowFrom<OpenShift>(openShiftFields, r as Record<string, unknown>);
