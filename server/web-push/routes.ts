import { Hono } from 'hono';
import { newId } from '../../shared/ids/ids';
import { type PushKeyResponse, pushSubscriptionSchema, unsubscribeSchema } from '../../shared/web-push/schema';
import { requireUser } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import { jsonBody } from '../http/validate';
import { assertPushEndpoint } from './endpoint';
import { vapidKeys } from './vapid';

const SMALL = { maxBytes: 8 * 1024, maxDepth: 3, maxItems: 8 };

/**
 * Web Push subscriptions (issue 17.3), managed in "Mein Konto": each signed-in person about their own
 * browsers. A browser subscribed by someone else before (a shared phone) moves to whoever subscribes now.
 */
export const webPushRoutes = new Hono<AppEnv>()
  .use(requireUser)
  .get('/key', async (c) => {
    const { db, clock } = c.get('deps');
    const body: PushKeyResponse = { publicKey: (await vapidKeys(db, clock())).publicKey };
    return c.json(body);
  })
  .post('/subscribe', jsonBody(pushSubscriptionSchema, SMALL), async (c) => {
    const { db, clock, webPush } = c.get('deps');
    const user = c.get('user');
    const sub = c.req.valid('json');
    assertPushEndpoint(sub.endpoint, webPush?.allowHttpLoopback === true);
    const values = {
      associationId: user.associationId,
      personId: user.id,
      p256dh: sub.keys.p256dh,
      auth: sub.keys.auth,
    };
    await db
      .insertInto('pushSubscriptions')
      .values({ id: newId(), endpoint: sub.endpoint, createdAt: clock().toISOString(), ...values })
      .onConflict((oc) => oc.column('endpoint').doUpdateSet(values))
      .execute();
    return c.json({ subscribed: true }, 201);
  })
  .post('/unsubscribe', jsonBody(unsubscribeSchema, SMALL), async (c) => {
    const user = c.get('user');
    const { endpoint } = c.req.valid('json');
    const gone = await c
      .get('deps')
      .db.deleteFrom('pushSubscriptions')
      .where('endpoint', '=', endpoint)
      .where('personId', '=', user.id)
      .executeTakeFirst();
    return c.json({ subscribed: false, removed: Number(gone.numDeletedRows) });
  });
