import { Hono } from 'hono';
import { AppError } from '../../shared/errors/errors';
import { NEXT_CURSOR_HEADER, PROTOCOL_VERSION, pullQuerySchema, pushRequestSchema } from '../../shared/sync/protocol';
import { authenticate } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import { jsonResponse, jsonTextResponse } from '../http/json';
import { jsonBody, parseQuery } from '../http/validate';
import { pullChangesPage } from './pull';
import { pullJson } from './pull-json';
import { push } from './push';

export const syncRoutes = new Hono<AppEnv>()
  // One middleware rather than two: every device runs it every minute.
  .use(async (c, next) => {
    await authenticate(c);
    // Refuse other protocol versions early and clearly; an old app must update first.
    const v = c.req.header('x-sync-protocol');
    if (v !== undefined && v !== String(PROTOCOL_VERSION)) throw new AppError('bad_request', `Sync protocol ${v} is not supported; expected ${PROTOCOL_VERSION}`);
    await next();
  })
  .post('/push', jsonBody(pushRequestSchema), async (c) => {
    const { db, clock, onChange } = c.get('deps');
    const user = c.get('user');
    const { changed, ...response } = await push(db, user, c.req.valid('json'), clock);
    if (changed) onChange?.(user.associationId);
    return jsonResponse(c, response);
  })
  .get('/pull', async (c) => {
    const { db, dialect, clock } = c.get('deps');
    const page = await pullChangesPage(db, dialect, c.get('user'), parseQuery(c, pullQuerySchema), clock());
    return jsonTextResponse(c, pullJson(page), 200, page.more ? { [NEXT_CURSOR_HEADER]: String(page.cursor) } : undefined);
  });
