import { type Context, Hono } from 'hono';
import { AppError } from '../../shared/errors/errors';
import { NEXT_CURSOR_HEADER, PROTOCOL_VERSION, pullQuerySchema, pushRequestSchema } from '../../shared/sync/protocol';
import { authenticate } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import { jsonTextResponse } from '../http/json';
import { jsonBody, memoizedQueryParser } from '../http/validate';
import { pullChangesPage, unchangedFromMemory } from './pull';
import { type PullPage, pullJson } from './pull-json';
import { push, pushResponseJson } from './push';

const pullQuery = memoizedQueryParser(pullQuerySchema);

export const syncRoutes = new Hono<AppEnv>()
  // One middleware rather than two: every device runs it every minute.
  .use(async (c, next) => {
    const asking = authenticate(c);
    if (asking) await asking;
    // Refuse other protocol versions early and clearly; an old app must update first.
    const v = c.req.header('x-sync-protocol');
    if (v !== undefined && v !== String(PROTOCOL_VERSION))
      throw new AppError('bad_request', `Sync protocol ${v} is not supported; expected ${PROTOCOL_VERSION}`);
    await next();
  })
  .post('/push', jsonBody(pushRequestSchema), async (c) => {
    const { db, dialect, clock, onChange, auditSyncChanges } = c.get('deps');
    const user = c.get('user');
    const audit = auditSyncChanges?.() ?? true;
    const body = c.req.valid('json');
    const { changed, resultsJson, ...response } = await push(db, dialect, user, body, clock, undefined, { audit });
    if (changed) onChange?.(user.associationId);
    return jsonTextResponse(c, pushResponseJson(response, resultsJson));
  })
  .get('/pull', (c): Response | Promise<Response> => {
    const { db, dialect, clock } = c.get('deps');
    const user = c.get('user');
    const input = pullQuery(c);
    const now = clock();
    // Most pulls: nothing new, known from memory, answered without waiting a turn.
    const unchanged = unchangedFromMemory(db, user, input, now);
    return unchanged
      ? answer(c, unchanged)
      : pullChangesPage(db, dialect, user, input, now).then((page) => answer(c, page));
  });

// Outside the handler: a closure made per request costs its allocation (and, under tsx, a __name call).
function answer(c: Context<AppEnv>, page: PullPage): Response | Promise<Response> {
  return jsonTextResponse(
    c,
    pullJson(page),
    200,
    page.more ? { [NEXT_CURSOR_HEADER]: String(page.cursor) } : undefined,
  );
}
