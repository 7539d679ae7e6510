import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors/errors';
import { writeAudit } from '../audit/write';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';
import { reserveRevs } from '../sync/revisions';
import { tenantWriteTransaction } from '../sync/write-path';
import { revokeOpenInvitations } from './invitations';
import { personOfAssociation } from './person-of-association';

type Act = { db: Kysely<DB>; dialect: Dialect; associationId: string; actorId: string; personId: string; now: Date };

/**
 * Sets people.active as a synced change: a new revision, so every device of the association pulls the
 * row. Under the association's write lock, like a push, so it cannot interleave with one.
 */
async function setActive(trx: Kysely<DB>, associationId: string, personId: string, active: 0 | 1, now: Date) {
  const rev = await reserveRevs(trx, associationId);
  await trx
    .updateTable('people')
    .set({ active, rev, updatedAt: now.toISOString() })
    .where('id', '=', personId)
    .where('associationId', '=', associationId)
    .execute();
}

/** Ends every session of the person, remembering them so their devices hear "revoked"; returns how many. */
async function endSessionsOf(trx: Kysely<DB>, personId: string, now: Date): Promise<number> {
  const sessions = await trx
    .selectFrom('sessions')
    .select(['id', 'expiresAt'])
    .where('personId', '=', personId)
    .execute();
  if (sessions.length === 0) return 0;
  await trx
    .insertInto('endedSessions')
    .values(sessions.map((s) => ({ id: s.id, personId, endedAt: now.toISOString(), expiresAt: s.expiresAt })))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await trx.deleteFrom('sessions').where('personId', '=', personId).execute();
  // Remembered sessions past their expiry would answer 401 anyway: nothing to keep them for.
  await trx.deleteFrom('endedSessions').where('expiresAt', '<=', now.toISOString()).execute();
  return sessions.length;
}

/**
 * Deactivates a person: inactive (synced), sessions ended, open invitations void, all with their audit
 * rows in one transaction. Deactivating an inactive person changes nothing. Returns whether it changed.
 */
export async function deactivatePerson(act: Act): Promise<boolean> {
  if (act.personId === act.actorId) throw new AppError('conflict', 'You cannot deactivate yourself');
  return tenantWriteTransaction(act.db, act.dialect, act.associationId, async (trx) => {
    const person = await personOfAssociation(trx, act.associationId, act.personId);
    if (person.active !== 1) return false;
    await setActive(trx, act.associationId, person.id, 0, act.now);
    const ended = await endSessionsOf(trx, person.id, act.now);
    const voided = await revokeOpenInvitations(trx, person.id, act.now);
    const common = { associationId: act.associationId, actorId: act.actorId, rowId: person.id, at: act.now };
    await writeAudit(trx, [
      {
        ...common,
        action: 'person.deactivate',
        tableName: 'people',
        before: { active: true },
        after: { active: false, invitationsVoided: voided },
      },
      ...(ended > 0
        ? [{ ...common, action: 'session.revoke' as const, tableName: 'sessions', after: { sessions: ended } }]
        : []),
    ]);
    return true;
  });
}

/** Lets a deactivated person in again (with their password, or a new invitation). */
export async function reactivatePerson(act: Act): Promise<boolean> {
  return tenantWriteTransaction(act.db, act.dialect, act.associationId, async (trx) => {
    const person = await personOfAssociation(trx, act.associationId, act.personId);
    if (person.active === 1) return false;
    await setActive(trx, act.associationId, person.id, 1, act.now);
    await writeAudit(trx, [
      {
        associationId: act.associationId,
        actorId: act.actorId,
        action: 'person.reactivate',
        tableName: 'people',
        rowId: person.id,
        before: { active: false },
        after: { active: true },
        at: act.now,
      },
    ]);
    return true;
  });
}
