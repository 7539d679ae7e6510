import type { Notification } from '../../shared/notifications/schema';
import type { NotificationsTable } from '../db/schema';
import { type FieldMap, rowFrom } from '../sync/field-map';

export const notificationFields: FieldMap<NotificationsTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['personId', 'personId', 'text'],
  ['kind', 'kind', 'text'],
  ['params', 'params', 'json'],
  ['createdAt', 'createdAt', 'text'],
  ['readAt', 'readAt', 'text'],
];

export const toNotification = (r: object): Notification =>
  rowFrom<Notification>(notificationFields, r as Record<string, unknown>);
