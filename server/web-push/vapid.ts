import type { Kysely } from 'kysely';
import webpush from 'web-push';
import type { DB } from '../db/schema';

export type VapidKeys = { publicKey: string; privateKey: string };

const KEY_ID = 'default';
let cached: VapidKeys | undefined;
let cachedFor: Kysely<DB> | undefined;

/**
 * The server's VAPID key pair, made on first use and kept in the database: browsers bind a subscription to
 * the public key, so it must survive restarts and be the same for every server process. Two processes
 * making one at once: the first insert wins and both read it back.
 */
export async function vapidKeys(db: Kysely<DB>, now: Date): Promise<VapidKeys> {
  if (cached && cachedFor === db) return cached;
  let row = await db
    .selectFrom('vapidKeys')
    .select(['publicKey', 'privateKey'])
    .where('id', '=', KEY_ID)
    .executeTakeFirst();
  if (!row) {
    const made = webpush.generateVAPIDKeys();
    await db
      .insertInto('vapidKeys')
      .values({ id: KEY_ID, ...made, createdAt: now.toISOString() })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    row = await db
      .selectFrom('vapidKeys')
      .select(['publicKey', 'privateKey'])
      .where('id', '=', KEY_ID)
      .executeTakeFirstOrThrow();
  }
  cached = row;
  cachedFor = db;
  return row;
}
