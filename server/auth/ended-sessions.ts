import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/**
 * Whether a deactivation ended this session (server/onboarding/deactivate.ts). Asked only for
 * tokens that no session has, so a live session's request never pays for it.
 */
export async function wasRevoked(db: Kysely<DB>, sessionId: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('endedSessions')
    .select('id')
    .where('id', '=', sessionId)
    .where('expiresAt', '>', now.toISOString())
    .executeTakeFirst();
  return row !== undefined;
}
