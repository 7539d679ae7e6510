import type { ClientRecord } from '../sync/client-record';
import { markRead } from './local-writes';
import { notificationRows } from './notification-rows';

export const notificationClient: ClientRecord<'notifications'> = {
  ...notificationRows,
  labels: { readAt: 'notify.readAt' },
  conflict: {
    async keepMine(db, _user, c) {
      const readAt = c.mine?.readAt;
      await markRead(db, c.rowId, typeof readAt === 'string' ? readAt : null);
      return c.rowId;
    },
    route: () => '/mitteilungen',
    needs: [],
  },
};
