import { defineRecord } from '../sync/record';
import { assignmentFields, assignmentSchema, scheduleFields, workerFields } from './schema';

/** Coordinators plan assignments (server-side for now); on devices they are changed, never created. */
export const assignmentRecord = defineRecord({
  table: 'assignments',
  prefix: 'assignment',
  row: assignmentSchema,
  editable: assignmentFields,
  ops: ['update'],
  owners: { worker: workerFields, planner: scheduleFields },
});
