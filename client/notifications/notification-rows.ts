import { plainRows, type RowPlace } from '../sync/client-record';

/** A person's notifications, read newest first by creation time. */
export const notificationRows: RowPlace<'notifications'> = plainRows((db) => db.notifications);
