import { Hono } from 'hono';
import { sql } from 'kysely';
import { aboutRoutes } from './accessibility/routes';
import { auditRoutes } from './audit/routes';
import { accountRoutes } from './account/routes';
import { authRoutes } from './auth/routes';
import type { AppEnv, Deps } from './http/context';
import { holidayRoutes } from './holidays/routes';
import { feedAccountRoutes, feedRoutes } from './ical/routes';
import { handleError, notFound } from './http/errors';
import { jsonResponse } from './http/json';
import { requestSetup } from './http/lean-middleware';
import { onboardingAdminRoutes } from './onboarding/admin-routes';
import { invitationRoutes } from './onboarding/invitation-routes';
import { openApiDocument } from './openapi/document';
import { serveClient } from './http/static';
import { LiveHub } from './live/hub';
import { liveRoutes } from './live/routes';
import { openShiftRoutes } from './open-shifts/routes';
import { planningRoutes } from './planning/routes';
import { webPushRoutes } from './web-push/routes';
import { PushSender } from './web-push/sender';
import { privacyAdminRoutes } from './privacy/routes';
import { syncRoutes } from './sync/routes';

export const API_VERSION = '1.0.0';

/** The API as one Hono app; `main.ts` adds static files and the network listener. */
export function createApp(
  deps: Deps,
  options: { staticRoot?: string; hub?: LiveHub; pushSender?: (s: PushSender) => void } = {},
) {
  const hub = options.hub ?? new LiveHub();
  // A commit that changed rows may have left notifications: devices online pull them (the poke), the
  // rest hear of them by Web Push.
  const pushSender = deps.webPush ? new PushSender(deps.db, deps.clock, deps.webPush) : undefined;
  if (pushSender) options.pushSender?.(pushSender);
  const depsWithLive: Deps = {
    ...deps,
    onChange: (associationId) => {
      deps.onChange?.(associationId);
      hub.publish(associationId);
      pushSender?.kick(associationId);
    },
  };
  const api = new Hono<AppEnv>()
    .route('/auth', authRoutes)
    .route('/about', aboutRoutes)
    .route('/account', accountRoutes)
    .route('/admin/people', privacyAdminRoutes)
    .route('/sync', syncRoutes)
    .route('/sync', liveRoutes(hub))
    .route('/admin/people', onboardingAdminRoutes)
    .route('/invitations', invitationRoutes)
    .route('/admin/audit', auditRoutes)
    .route('/holidays', holidayRoutes)
    .route('/planning', planningRoutes)
    .route('/open-shifts', openShiftRoutes)
    .route('/push', webPushRoutes)
    .route('/account/ical', feedAccountRoutes)
    .route('/ical', feedRoutes)
    .get('/openapi.json', (c) => jsonResponse(c, openApiDocument(API_VERSION)))
    .get('/health', async (c) => {
      await sql`select 1`.execute(deps.db);
      return c.json({ ok: true, database: deps.dialect });
    });

  const app = new Hono<AppEnv>()
    // Bodies are read only by jsonBody(), within each route's own limits (server/http/validate.ts).
    .use(requestSetup(depsWithLive))
    .route('/api', api);
  if (options.staticRoot) serveClient(app, options.staticRoot);
  app.notFound(notFound);
  app.onError(handleError);
  return app;
}

export type AppType = ReturnType<typeof createApp>;
