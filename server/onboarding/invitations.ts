import type { Kysely } from 'kysely';
import { INVITATION_DAYS } from '../../shared/onboarding/schemas';
import { AppError } from '../../shared/errors/errors';
import { newId } from '../../shared/ids/ids';
import type { DB } from '../db/schema';
import { invitationHashOf, newInvitationToken } from './tokens';

/** Voids the person's open invitations (a newer one, a deactivation); returns how many. */
export async function revokeOpenInvitations(trx: Kysely<DB>, personId: string, now: Date): Promise<number> {
  const result = await trx
    .updateTable('invitations')
    .set({ revokedAt: now.toISOString() })
    .where('personId', '=', personId)
    .where('usedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A new one-time link for the person, valid INVITATION_DAYS; older open ones stop working. */
export async function createInvitation(
  trx: Kysely<DB>,
  args: { associationId: string; personId: string; createdBy: string; now: Date },
): Promise<{ token: string; expiresAt: Date; superseded: number }> {
  const superseded = await revokeOpenInvitations(trx, args.personId, args.now);
  const token = newInvitationToken();
  const expiresAt = new Date(args.now.getTime() + INVITATION_DAYS * 86_400_000);
  await trx
    .insertInto('invitations')
    .values({
      id: newId(),
      associationId: args.associationId,
      personId: args.personId,
      tokenHash: invitationHashOf(token),
      createdBy: args.createdBy,
      createdAt: args.now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      usedAt: null,
      revokedAt: null,
    })
    .execute();
  return { token, expiresAt, superseded };
}

/** The invitation behind a token with its person and association; throws the reason it cannot be used. */
export async function usableInvitation(db: Kysely<DB>, token: string, now: Date) {
  const row = await db
    .selectFrom('invitations as i')
    .innerJoin('people as p', 'p.id', 'i.personId')
    .innerJoin('associations as a', 'a.id', 'i.associationId')
    .select([
      'i.id',
      'i.personId',
      'i.associationId',
      'i.expiresAt',
      'i.usedAt',
      'i.revokedAt',
      'p.displayName',
      'p.active',
      'p.deleted',
      'a.name as associationName',
    ])
    .where('i.tokenHash', '=', invitationHashOf(token))
    .executeTakeFirst();
  if (!row) throw new AppError('invitation_not_found', 'This invitation link does not exist');
  if (row.usedAt !== null) throw new AppError('invitation_used', 'This invitation link has already been used');
  // A link replaced by a newer one, or of a person deactivated since, is as dead as an expired one.
  if (row.revokedAt !== null || row.active !== 1 || row.deleted !== 0 || row.expiresAt <= now.toISOString())
    throw new AppError('invitation_expired', 'This invitation link is no longer valid; ask for a new one');
  return row;
}

/**
 * Marks the invitation used, if it still is usable at this moment: one conditional UPDATE, so of two
 * requests at once only one changes the row (PostgreSQL re-checks the condition after the first commits).
 */
export async function claimInvitation(trx: Kysely<DB>, id: string, now: Date): Promise<boolean> {
  const result = await trx
    .updateTable('invitations')
    .set({ usedAt: now.toISOString() })
    .where('id', '=', id)
    .where('usedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', now.toISOString())
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
