import { defineRecord } from '../sync/record';
import { coverRequestFields, coverRequestSchema, fillFields, requestFields } from './schema';

/**
 * Cover requests (Vertretung anfragen): a municipality contact or a coordinator creates one; its state
 * moves by ordinary updates that the server checks against the state machine (states.ts). Filling one
 * (open → assigned) also creates the assignments in the same push. Nothing is deleted: a request is
 * cancelled, so the requester keeps seeing it.
 */
export const coverRequestRecord = defineRecord({
  table: 'coverRequests',
  prefix: 'coverRequest',
  row: coverRequestSchema,
  editable: coverRequestFields,
  ops: ['create', 'update'],
  owners: { requester: requestFields, planner: fillFields },
});
