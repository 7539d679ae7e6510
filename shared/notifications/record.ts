import { defineRecord } from '../sync/record';
import { notificationEditable, notificationSchema } from './schema';

/** The server makes notifications; the recipient only marks them read (a synced update, so it works offline). */
export const notificationRecord = defineRecord({
  table: 'notifications',
  prefix: 'notification',
  row: notificationSchema,
  editable: notificationEditable,
  ops: ['update'],
});
