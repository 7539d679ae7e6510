import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/**
 * A throttle key's rule: `free` attempts go ahead at once; from then on each attempt must wait a
 * delay that doubles from `baseMs` up to `capMs`. A key that has been quiet for QUIET_MS after its
 * last delay starts over. Delays grow instead of locking the key for a fixed time, so nobody can
 * lock an owner out for long, and guessing stays slow.
 */
export type ThrottleRule = { free: number; baseMs: number; capMs: number };

const QUIET_MS = 15 * 60_000;

/** Attempts on one account from one client address: the owner's own typos, or one attacker. */
export const PAIR_RULE: ThrottleRule = { free: 5, baseMs: 30_000, capMs: 15 * 60_000 };
/** Attempts from one client address on any accounts: someone trying many accounts. */
export const ADDRESS_RULE: ThrottleRule = { free: 20, baseMs: 30_000, capMs: 15 * 60_000 };
/** Attempts on one account from every address: many addresses guessing one password. */
export const ACCOUNT_RULE: ThrottleRule = { free: 50, baseMs: 10_000, capMs: 5 * 60_000 };

/**
 * Counts an attempt on `key` if it may go ahead now, in one statement: the decision and the count
 * cannot be split by a parallel attempt (an upsert locks the row on PostgreSQL; SQLite has one
 * writer). Returns 0 when it may go ahead, else the seconds to wait (nothing is counted then).
 */
export async function claimAttempt(db: Kysely<DB>, key: string, rule: ThrottleRule, now: number): Promise<number> {
  const firstDelay = rule.free <= 1 ? rule.baseMs : 0;
  const claimed = await db
    .insertInto('loginThrottle')
    .values({ key, attempts: 1, delayMs: firstDelay, nextAt: now + firstDelay })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => {
          const quiet = eb(eb.ref('loginThrottle.nextAt'), '<=', now - QUIET_MS);
          const delay = eb
            .case()
            .when(quiet)
            .then(eb.lit(firstDelay))
            .when(eb(eb.ref('loginThrottle.attempts'), '+', eb.lit(1)), '<', eb.lit(rule.free))
            .then(eb.lit(0))
            .when(eb.ref('loginThrottle.delayMs'), '=', eb.lit(0))
            .then(eb.lit(rule.baseMs))
            .when(eb(eb.ref('loginThrottle.delayMs'), '*', eb.lit(2)), '>', eb.lit(rule.capMs))
            .then(eb.lit(rule.capMs))
            .else(eb(eb.ref('loginThrottle.delayMs'), '*', eb.lit(2)))
            .end();
          return {
            attempts: eb
              .case()
              .when(quiet)
              .then(eb.lit(1))
              .else(eb(eb.ref('loginThrottle.attempts'), '+', eb.lit(1)))
              .end(),
            delayMs: delay,
            nextAt: eb(eb.val(now), '+', delay),
          };
        })
        .where('loginThrottle.nextAt', '<=', now),
    )
    .returning('attempts')
    .executeTakeFirst();
  if (claimed) return 0;
  const row = await db.selectFrom('loginThrottle').select('nextAt').where('key', '=', key).executeTakeFirst();
  return Math.max(1, Math.ceil(((row?.nextAt ?? now) - now) / 1000));
}

/**
 * Takes back a successful login's attempt: successes from an office's shared address must not slow
 * down its next person. The delay goes only when the key is back under its free attempts.
 */
export async function forgiveAttempt(db: Kysely<DB>, key: string, rule: ThrottleRule, now: number): Promise<void> {
  await db
    .updateTable('loginThrottle')
    .set((eb) => {
      const underFree = eb(eb(eb.ref('attempts'), '-', eb.lit(1)), '<', eb.lit(rule.free));
      return {
        attempts: eb(eb.ref('attempts'), '-', eb.lit(1)),
        delayMs: eb.case().when(underFree).then(eb.lit(0)).else(eb.ref('delayMs')).end(),
        nextAt: eb.case().when(underFree).then(eb.val(now)).else(eb.ref('nextAt')).end(),
      };
    })
    .where('key', '=', key)
    .where('attempts', '>', 0)
    .execute();
}

export async function clearAttempts(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('loginThrottle').where('key', '=', key).execute();
}

/** Drops keys quiet long enough to have started over anyway, so the table stays small. */
export async function pruneAttempts(db: Kysely<DB>, now: number): Promise<void> {
  await db
    .deleteFrom('loginThrottle')
    .where('nextAt', '<=', now - QUIET_MS)
    .execute();
}
