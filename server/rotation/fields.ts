import type { RotationPlan, Station } from '../../shared/rotation/schema';
import type { RotationPlansTable, RotationStationsTable } from '../db/schema';
import { type FieldMap, rowFrom } from '../sync/field-map';

export const stationFields: FieldMap<RotationStationsTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['apprenticeId', 'apprenticeId', 'text'],
  ['municipalityId', 'municipalityId', 'text'],
  ['department', 'department', 'text'],
  ['startsOn', 'startsOn', 'text'],
  ['endsOn', 'endsOn', 'text'],
  ['startTime', 'startTime', 'text'],
  ['mentorId', 'mentorId', 'text'],
  ['deputyId', 'deputyId', 'text'],
  ['trainingAreas', 'trainingAreas', 'json'],
];

export const planFields: FieldMap<RotationPlansTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['apprenticeId', 'apprenticeId', 'text'],
  ['trainingAreas', 'trainingAreas', 'json'],
];

export const toStation = (r: object): Station => rowFrom<Station>(stationFields, r as Record<string, unknown>);
export const toPlan = (r: object): RotationPlan => rowFrom<RotationPlan>(planFields, r as Record<string, unknown>);
