import type { ClosureDaysTable } from '../db/schema';
import type { FieldMap } from '../sync/field-map';

export const closureDayFields: FieldMap<ClosureDaysTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['date', 'date', 'text'],
  ['municipalityId', 'municipalityId', 'text'],
  ['part', 'part', 'text'],
  ['name', 'name', 'text'],
];
