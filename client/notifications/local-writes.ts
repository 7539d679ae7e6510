import { notificationRecord } from '../../shared/notifications/record';
import type { Notification } from '../../shared/notifications/schema';
import type { LocalDb } from '../db/local-db';
import { localWriter } from '../sync/local-write';
import { trustedNow } from '../sync/server-clock';
import { notificationRows } from './notification-rows';

const writes = localWriter(notificationRecord, notificationRows);

/** Marks a notification read (null: unread) on the device and queues it, so it works offline too. */
export function markRead(db: LocalDb, id: string, readAt: string | null, now = trustedNow()): Promise<Notification> {
  return writes.update(db, id, { readAt }, now);
}
