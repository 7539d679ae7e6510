import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;

/** Seconds until the key may try again, or 0. Kept in the database so several server processes share it. */
export async function lockedFor(db: Kysely<DB>, key: string, now: Date): Promise<number> {
  const row = await db.selectFrom('loginThrottle').select('lockedUntil').where('key', '=', key).executeTakeFirst();
  if (!row?.lockedUntil) return 0;
  return Math.max(0, Math.ceil((Date.parse(row.lockedUntil) - now.getTime()) / 1000));
}

export async function recordFailure(db: Kysely<DB>, key: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('loginThrottle').selectAll().where('key', '=', key).executeTakeFirst();
    const fresh = !row || now.getTime() - Date.parse(row.windowStart) > WINDOW_MS;
    const failures = fresh ? 1 : row.failures + 1;
    const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MS).toISOString() : null;
    const values = { key, failures, windowStart: fresh ? now.toISOString() : row.windowStart, lockedUntil };
    await trx
      .insertInto('loginThrottle')
      .values(values)
      .onConflict((oc) => oc.column('key').doUpdateSet({ failures, windowStart: values.windowStart, lockedUntil }))
      .execute();
  });
}

export async function clearFailures(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('loginThrottle').where('key', '=', key).execute();
}
