import { PostgresAdapter, sql } from 'kysely';
import { type MutationContext, Rejection } from '../sync/mutation-context';

// Any constant: the key of PostgreSQL's advisory lock that serialises claims of e-mail addresses.
const EMAIL_CLAIM_LOCK = 0x1e3a11;

const taken = () =>
  new Rejection('email_taken', 'This e-mail address is already taken', null, [
    { path: 'email', code: 'email_taken', message: 'This e-mail address is already taken' },
  ]);

/**
 * Refuses an e-mail address another person has, in any association (login is by e-mail alone), and
 * says no more than "taken". The push holds only its own association's write lock, so on PostgreSQL
 * two associations could claim one address at once and the unique index would fail the whole push at
 * its end: claims take one advisory lock (after the association's, always in that order, so no
 * deadlock) and then read what the other claimant committed. SQLite runs one transaction at a time.
 */
export async function assertEmailFree(ctx: MutationContext, email: string, personId: string): Promise<void> {
  // This push's own writes are not in the database yet.
  for (const w of ctx.rows.writes().rows) {
    if (w.table === 'people' && w.row.email === email && w.row.id !== personId) throw taken();
  }
  if (ctx.trx.getExecutor().adapter instanceof PostgresAdapter)
    await sql`select pg_advisory_xact_lock(${EMAIL_CLAIM_LOCK})`.execute(ctx.trx);
  const other = await ctx.trx
    .selectFrom('people')
    .select('id')
    .where('email', '=', email)
    .where('id', '!=', personId)
    .executeTakeFirst();
  if (other) throw taken();
}
