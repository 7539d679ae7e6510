import { z } from 'zod';

/** Whether the signed-in person has a feed, and since when; the link itself is shown only when made. */
export const feedStatusSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable() });
export type FeedStatus = z.infer<typeof feedStatusSchema>;

/** A new feed: the path holds the secret token, so it is answered once and never again. */
export const newFeedSchema = z.object({
  path: z.string().regex(/^\/api\/ical\/[A-Za-z0-9_-]{43}\.ics$/),
  createdAt: z.string(),
});
export type NewFeed = z.infer<typeof newFeedSchema>;
