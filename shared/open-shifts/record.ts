import { defineRecord } from '../sync/record';
import { openShiftSchema } from './schema';

/**
 * Open shifts reach devices by pull only: publishing, claiming and confirming are online actions
 * (server/open-shifts/routes.ts), because the first valid claim must win and the loser must learn at once.
 */
export const openShiftRecord = defineRecord({
  table: 'openShifts',
  prefix: 'openShift',
  row: openShiftSchema,
  editable: {},
  ops: [],
});
