import { defineRecord } from '../sync/record';
import { seriesEditableFields, seriesSchema } from './schema';

/**
 * Recurring assignments (issue 17): planners make a series on the board; the server expands it into
 * assignments (carrying `seriesId`) in the same push. "This and all following" is an update of the end
 * plus a new series from that day; nothing is deleted.
 */
export const seriesRecord = defineRecord({
  table: 'assignmentSeries',
  prefix: 'series',
  row: seriesSchema,
  editable: seriesEditableFields,
  ops: ['create', 'update'],
});
