import type { CoverRequest } from '../../shared/cover-requests/schema';
import type { CoverRequestsTable } from '../db/schema';
import { type FieldMap, rowFrom } from '../sync/field-map';

export const coverRequestFields: FieldMap<CoverRequestsTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['municipalityId', 'municipalityId', 'text'],
  ['siteId', 'siteId', 'text'],
  ['serviceTypeId', 'serviceTypeId', 'text'],
  ['skills', 'skills', 'json'],
  ['slots', 'slots', 'json'],
  ['urgency', 'urgency', 'text'],
  ['note', 'note', 'text'],
  ['state', 'state', 'text'],
  ['coveredBy', 'coveredBy', 'text'],
  ['assignmentIds', 'assignmentIds', 'json'],
  ['requestedBy', 'requestedBy', 'text'],
];

export const toCoverRequest = (r: object): CoverRequest =>
  rowFrom<CoverRequest>(coverRequestFields, r as Record<string, unknown>);
