import { defineRecord } from '../sync/record';
import { assignmentFields, assignmentSchema, scheduleFields, workerFields } from './schema';

/** Planners create and change assignments on their devices (the planning board); workers change status and notes. */
export const assignmentRecord = defineRecord({
  table: 'assignments',
  prefix: 'assignment',
  row: assignmentSchema,
  editable: assignmentFields,
  ops: ['create', 'update'],
  owners: { worker: workerFields, planner: scheduleFields },
});
