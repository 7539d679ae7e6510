import { Hono } from 'hono';
import { AppError } from '../../shared/errors/errors';
import type { FeedStatus, NewFeed } from '../../shared/ical/schemas';
import { requireCapability, requireUser } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import { buildFeed } from './feed';
import { feedEventsOf } from './feed-rows';
import { FEED_FILE, feedHashOf, newFeedToken } from './tokens';

/** Making, replacing and revoking one's own feed link (My account); people with assignments of their own. */
export const feedAccountRoutes = new Hono<AppEnv>()
  .use(requireUser, requireCapability('assignments.read-own'))
  .get('/', async (c) => {
    const user = c.get('user');
    const row = await c
      .get('deps')
      .db.selectFrom('icalFeeds')
      .select('createdAt')
      .where('personId', '=', user.id)
      .where('associationId', '=', user.associationId)
      .executeTakeFirst();
    return c.json({ active: row !== undefined, createdAt: row?.createdAt ?? null } satisfies FeedStatus);
  })
  .post('/', async (c) => {
    const { db, clock } = c.get('deps');
    const user = c.get('user');
    const token = newFeedToken();
    const createdAt = clock().toISOString();
    // One upsert: of two requests at once the later one's link is the only one left working.
    await db
      .insertInto('icalFeeds')
      .values({ personId: user.id, associationId: user.associationId, tokenHash: feedHashOf(token), createdAt })
      .onConflict((oc) => oc.column('personId').doUpdateSet({ tokenHash: feedHashOf(token), createdAt }))
      .execute();
    return c.json({ path: `/api/ical/${token}.ics`, createdAt } satisfies NewFeed);
  })
  .post('/revoke', async (c) => {
    const user = c.get('user');
    await c.get('deps').db.deleteFrom('icalFeeds').where('personId', '=', user.id).execute();
    return c.json({ active: false, createdAt: null } satisfies FeedStatus);
  });

const noFeed = () => new AppError('feed_not_found', 'No such calendar feed');

/**
 * The feed itself: no session (calendar apps have none), the token is the key. A revoked, tampered or
 * malformed token, or one of a person no longer active, answers 404 alike, telling a guesser nothing.
 */
export const feedRoutes = new Hono<AppEnv>().get('/:file', async (c) => {
  const token = FEED_FILE.exec(c.req.param('file'))?.[1];
  if (!token) throw noFeed();
  const { db, clock } = c.get('deps');
  const feed = await db
    .selectFrom('icalFeeds as f')
    .innerJoin('people as p', 'p.id', 'f.personId')
    .innerJoin('associations as a', 'a.id', 'f.associationId')
    .select(['f.personId', 'f.associationId', 'p.displayName', 'a.timeZone', 'a.name as associationName'])
    .where('f.tokenHash', '=', feedHashOf(token))
    .where('p.active', '=', 1)
    .where('p.deleted', '=', 0)
    .executeTakeFirst();
  if (!feed) throw noFeed();
  const events = await feedEventsOf(db, feed, clock());
  const body = buildFeed(events, {
    name: `Einsätze ${feed.displayName} (${feed.associationName})`,
    timeZone: feed.timeZone,
  });
  return c.body(body, 200, {
    'content-type': 'text/calendar; charset=utf-8',
    'cache-control': 'private, no-cache',
    'content-disposition': 'inline; filename="einsaetze.ics"',
  });
});
