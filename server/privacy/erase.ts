import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import { AppError } from '../../shared/errors/errors';
import { RETENTION_YEARS, type ErasureResponse } from '../../shared/privacy/export';
import { dateIn } from '../../shared/time/dates';
import { redactAudit } from '../audit/redact';
import { writeAudit } from '../audit/write';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';
import { reserveRevs } from '../sync/revisions';
import { tenantWriteTransaction } from '../sync/write-path';
import { personRedaction } from './redaction';

/** The name devices show instead of an erased person's: stable per person, naming nobody. */
export const pseudonymOf = (personId: string): string => `Gelöschte Person ${personId.slice(-4).toUpperCase()}`;
/** A reserved domain (RFC 2606) with a dot: the profile's e-mail schema, which devices check on pull, accepts it. */
export const erasedEmailOf = (personId: string): string => `erased+${personId}@erased.invalid`;

/** The same calendar day `years` later (29 February becomes 1 March). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

const refuse = (code: 'conflict' | 'forbidden' | 'not_found', detail: string, message: string): never => {
  throw new AppError(code, message, [{ path: 'personId', code: detail, message }]);
};

/**
 * Erases a person who has left, all in one transaction holding the association's write lock: the name
 * and e-mail are pseudonymised, the password hash, skills and sessions removed, their free-text notes
 * cleared, and every changed synced row gets a new revision so devices pull the pseudonym and the empty
 * notes. Time records stay (ArbZG § 16 Abs. 2) until the retention job deletes them. A second erasure
 * waits for the lock, then finds the erasure record and is refused: nothing happens twice.
 */
export async function erasePerson(
  db: Kysely<DB>,
  dialect: Dialect,
  actor: SessionUser,
  personId: string,
  now: Date,
): Promise<ErasureResponse> {
  const associationId = actor.associationId;
  return tenantWriteTransaction(db, dialect, associationId, async (trx) => {
    const person = await trx
      .selectFrom('people')
      .select(['id', 'active', 'displayName', 'email'])
      .where('associationId', '=', associationId)
      .where('id', '=', personId)
      .where('deleted', '=', 0)
      .executeTakeFirst();
    if (!person) return refuse('not_found', 'not_found', 'No such person in this association');
    if (person.id === actor.id) return refuse('forbidden', 'erase_self', 'You cannot erase your own account');
    const done = await trx
      .selectFrom('erasures')
      .select('personId')
      .where('personId', '=', personId)
      .executeTakeFirst();
    if (done) return refuse('conflict', 'already_erased', 'This person has already been erased');
    if (person.active === 1) return refuse('conflict', 'person_active', 'Deactivate the person before erasing them');

    const entries = await trx
      .selectFrom('timeEntries')
      .select('id')
      .where('associationId', '=', associationId)
      .where('personId', '=', personId)
      .where('note', '!=', '')
      .execute();
    const assignments = await trx
      .selectFrom('assignments')
      .select('id')
      .where('associationId', '=', associationId)
      .where('personId', '=', personId)
      .where('workerNotes', '!=', '')
      .execute();
    // A sickness note is health data: it goes with the other notes.
    const absenceNotes = await trx
      .selectFrom('absenceDetails')
      .select('id')
      .where('associationId', '=', associationId)
      .where('personId', '=', personId)
      .where('note', '!=', '')
      .execute();
    // Notifications: the person's own go (they were for the person only, whose devices are gone); others'
    // that name the person in their values get the pseudonym, as the devices that show them must.
    const ownNotifications = await trx
      .selectFrom('notifications')
      .select('id')
      .where('associationId', '=', associationId)
      .where('personId', '=', personId)
      .where('deleted', '=', 0)
      .execute();
    const naming = await notificationsNaming(trx, associationId, personId, person.displayName);
    // One revision per changed row, so a pull page boundary never splits rows of one revision.
    const profile = await trx.selectFrom('personProfiles').select('id').where('id', '=', personId).executeTakeFirst();
    const rows =
      1 +
      (profile ? 1 : 0) +
      entries.length +
      assignments.length +
      absenceNotes.length +
      ownNotifications.length +
      naming.length;
    let rev = await reserveRevs(trx, associationId, rows);
    const updatedAt = now.toISOString();
    const displayName = pseudonymOf(personId);
    await trx
      .updateTable('people')
      .set({ displayName, email: erasedEmailOf(personId), passwordHash: null, skills: '[]', rev: rev++, updatedAt })
      .where('id', '=', personId)
      .execute();
    // The private profile (admins' devices) goes too: the pseudonym, and nothing that tells who it was.
    if (profile)
      await trx
        .updateTable('personProfiles')
        .set({
          displayName,
          email: erasedEmailOf(personId),
          skills: '[]',
          dateOfBirth: null,
          trainingOccupation: '',
          rev: rev++,
          updatedAt,
        })
        .where('id', '=', personId)
        .execute();
    for (const { id } of entries)
      await trx.updateTable('timeEntries').set({ note: '', rev: rev++, updatedAt }).where('id', '=', id).execute();
    for (const { id } of assignments)
      await trx
        .updateTable('assignments')
        .set({ workerNotes: '', rev: rev++, updatedAt })
        .where('id', '=', id)
        .execute();
    for (const { id } of absenceNotes)
      await trx.updateTable('absenceDetails').set({ note: '', rev: rev++, updatedAt }).where('id', '=', id).execute();
    for (const { id } of ownNotifications)
      await trx
        .updateTable('notifications')
        .set({ deleted: 1, params: '{}', rev: rev++, updatedAt })
        .where('id', '=', id)
        .execute();
    for (const { id, params } of naming)
      await trx
        .updateTable('notifications')
        .set({ params: renamed(params, person.displayName, displayName), rev: rev++, updatedAt })
        .where('id', '=', id)
        .execute();
    await trx.deleteFrom('pushSubscriptions').where('personId', '=', personId).execute();
    await trx.deleteFrom('sessions').where('personId', '=', personId).execute();
    await trx.deleteFrom('icalFeeds').where('personId', '=', personId).execute();
    // Stored push answers can hold their notes (a conflict's server version): the devices go with them.
    const clients = trx.selectFrom('syncClients').select('clientId').where('personId', '=', personId);
    await trx.deleteFrom('syncMutations').where('clientId', 'in', clients).execute();
    await trx.deleteFrom('syncClients').where('personId', '=', personId).execute();

    const tz = await trx
      .selectFrom('associations')
      .select('timeZone')
      .where('id', '=', associationId)
      .executeTakeFirstOrThrow();
    const retainUntil = addYears(dateIn(tz.timeZone, now), RETENTION_YEARS);
    await trx
      .insertInto('erasures')
      .values({ personId, associationId, erasedAt: updatedAt, retainUntil, retentionDoneAt: null })
      .execute();
    // The audit log's values that name them (their own record's changes, acts they did, mentions elsewhere)
    // get the pseudonym through the log's one allowed rewrite, in this transaction.
    const pseudonyms = { displayName, email: erasedEmailOf(personId) };
    const named = [person.displayName, person.email];
    await redactAudit(trx, associationId, personId, personRedaction(person, pseudonyms), now, named);
    await writeAudit(trx, [
      {
        associationId,
        actorId: actor.id,
        action: 'person.erase',
        tableName: 'people',
        rowId: personId,
        after: { displayName, retainUntil, notesCleared: entries.length + assignments.length + absenceNotes.length },
        at: now,
      },
    ]);
    return { personId, displayName, retainUntil };
  });
}

/** Others' live notifications whose values hold the person's name (a filled request names who comes). */
async function notificationsNaming(
  trx: Kysely<DB>,
  associationId: string,
  personId: string,
  name: string,
): Promise<{ id: string; params: string }[]> {
  const rows = await trx
    .selectFrom('notifications')
    .select(['id', 'params'])
    .where('associationId', '=', associationId)
    .where('personId', '!=', personId)
    .where('deleted', '=', 0)
    // A % or _ in the name widens the match; harmless, as renamed() decides what changes.
    .where('params', 'like', `%${name}%`)
    .execute();
  return rows.filter((r) => renamed(r.params, name, '') !== r.params);
}

/** The notification's values with every value that is exactly `name` replaced (values are flat strings). */
function renamed(params: string, name: string, pseudonym: string): string {
  const values = JSON.parse(params) as Record<string, unknown>;
  let changed = false;
  for (const [k, v] of Object.entries(values))
    if (v === name) {
      values[k] = pseudonym;
      changed = true;
    }
  return changed ? JSON.stringify(values) : params;
}
