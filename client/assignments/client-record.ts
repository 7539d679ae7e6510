import { workerFields } from '../../shared/assignments/schema';
import type { ClientRecord } from '../sync/client-record';
import { assignmentRows } from './assignment-rows';
import { updateAssignment } from './local-writes';

const mineOf = (row: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(
    fields.filter((f) => (workerFields as readonly string[]).includes(f) && f in row).map((f) => [f, row[f]]),
  );

/** Assignments on the device: a worker changes status and notes on /einsatz. */
export const assignmentClient: ClientRecord<'assignments'> = {
  ...assignmentRows,
  labels: {
    personId: 'assignment.person',
    municipalityId: 'entry.municipality',
    siteId: 'assignment.site',
    serviceTypeId: 'entry.serviceType',
    plannedStart: 'assignment.plannedStart',
    plannedEnd: 'assignment.plannedEnd',
    task: 'assignment.task',
    status: 'assignment.status',
    workerNotes: 'assignment.notes',
    ruleOverride: 'assignment.ruleOverride',
  },
  conflict: {
    // Only the worker's own fields are hers to keep; the plan stays the coordinator's.
    async keepMine(db, _user, c) {
      if (c.mine) await updateAssignment(db, c.rowId, mineOf(c.mine, c.fields));
      return c.rowId;
    },
    route: (rowId) => `/einsatz/${rowId}`,
    needs: ['assignments.work-own', 'assignments.plan'],
  },
};
