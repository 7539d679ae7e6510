import { scope } from '../sync/scope';
import { serverRecord } from '../sync/server-record';
import { notificationFields } from './fields';
import { updateNotification } from './mutators';

export const notificationServerRecord = serverRecord({
  table: 'notifications',
  fields: notificationFields,
  // Only the recipient, whatever their role: staff and planners (own assignments), contacts (their requests).
  read: scope.anyOf(scope.own('personId', 'assignments.read-own'), scope.own('personId', 'cover.request')),
  mutators: { 'notification.update': updateNotification },
});
