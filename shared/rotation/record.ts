import { defineRecord } from '../sync/record';
import { planEditableFields, planSchema, stationEditableFields, stationSchema } from './schema';

/** Stations of apprentices' rotations (issue 18); coordinators write them, a station can be removed. */
export const stationRecord = defineRecord({
  table: 'rotationStations',
  prefix: 'station',
  row: stationSchema,
  editable: stationEditableFields,
  ops: ['create', 'update', 'delete'],
});

/** One per apprentice: the training areas the rotation must cover. */
export const planRecord = defineRecord({
  table: 'rotationPlans',
  prefix: 'rotationPlan',
  row: planSchema,
  editable: planEditableFields,
  ops: ['create', 'update'],
});
