import type { Series } from '../../shared/series/schema';
import type { AssignmentSeriesTable } from '../db/schema';
import { type FieldMap, rowFrom } from '../sync/field-map';

export const seriesFields: FieldMap<AssignmentSeriesTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['personId', 'personId', 'text'],
  ['municipalityId', 'municipalityId', 'text'],
  ['siteId', 'siteId', 'text'],
  ['serviceTypeId', 'serviceTypeId', 'text'],
  ['weekdays', 'weekdays', 'json'],
  ['startTime', 'startTime', 'text'],
  ['endTime', 'endTime', 'text'],
  ['startDate', 'startDate', 'text'],
  ['endDate', 'endDate', 'text'],
  ['task', 'task', 'text'],
  ['skipped', 'skipped', 'json'],
  ['interval', 'interval', 'int'],
  ['ruleReason', 'ruleReason', 'text'],
];

export const toSeries = (r: object): Series => rowFrom<Series>(seriesFields, r as Record<string, unknown>);
