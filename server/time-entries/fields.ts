import type { TimeEntry } from '../../shared/time-entries/schema';
import type { TimeEntriesTable } from '../db/schema';
import { type FieldMap, rowFrom } from '../sync/field-map';

export const timeEntryFields: FieldMap<TimeEntriesTable> = [
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

export const toTimeEntry = (r: object): TimeEntry => rowFrom<TimeEntry>(timeEntryFields, r as Record<string, unknown>);
