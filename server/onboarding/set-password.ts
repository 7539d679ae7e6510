import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import { AppError } from '../../shared/errors/errors';
import { writeAudit } from '../audit/write';
import { isCommonPassword } from '../auth/common-passwords';
import { hashSlots } from '../auth/hash-slots';
import { hashPassword } from '../auth/password';
import { openSession, sessionPeople } from '../auth/start-session';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';
import { tenantWriteTransaction } from '../sync/write-path';
import { claimInvitation, usableInvitation } from './invitations';

type SetPassword = {
  db: Kysely<DB>;
  dialect: Dialect;
  token: string;
  password: string;
  now: Date;
  sessionDays: number;
};

/**
 * Uses an invitation: sets the password, ends the person's other sessions (a forgotten password may be
 * a stolen one), marks the link used and opens a session, with the audit rows, in one transaction.
 */
export async function setPasswordByInvitation(
  a: SetPassword,
): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
  if (isCommonPassword(a.password))
    throw new AppError('password_too_common', 'This password is too common', [
      { path: 'password', code: 'password_too_common', message: 'This password is on a list of common passwords' },
    ]);
  const found = await usableInvitation(a.db, a.token, a.now);
  // Hashed before the transaction: the association's write lock is not held for the slow part.
  const passwordHash = await hashSlots.run(() => hashPassword(a.password));
  return tenantWriteTransaction(a.db, a.dialect, found.associationId, async (trx) => {
    if (!(await claimInvitation(trx, found.id, a.now))) {
      await usableInvitation(trx, a.token, a.now); // throws why: used meanwhile, expired, revoked
      throw new AppError('invitation_used', 'This invitation link has already been used');
    }
    await trx.updateTable('people').set({ passwordHash }).where('id', '=', found.personId).execute();
    const ended = await trx.deleteFrom('sessions').where('personId', '=', found.personId).executeTakeFirst();
    const common = { associationId: found.associationId, actorId: found.personId, rowId: found.personId, at: a.now };
    await writeAudit(trx, [
      { ...common, action: 'person.password_set', tableName: 'people', after: { by: 'invitation' } },
      ...(Number(ended.numDeletedRows) > 0
        ? [
            {
              ...common,
              action: 'session.revoke' as const,
              tableName: 'sessions',
              after: { sessions: Number(ended.numDeletedRows) },
            },
          ]
        : []),
    ]);
    const person = await sessionPeople(trx).where('p.id', '=', found.personId).executeTakeFirstOrThrow();
    return openSession(trx, person, a.now, a.sessionDays);
  });
}
