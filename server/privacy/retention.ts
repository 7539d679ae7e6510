import type { Kysely } from 'kysely';
import { dateIn } from '../../shared/time/dates';
import { writeAudit } from '../audit/write';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';
import { reserveRevs } from '../sync/revisions';
import { tenantWriteTransaction } from '../sync/write-path';

/**
 * Deletes the time records of erased persons whose retention period (ArbZG § 16 Abs. 2) has passed:
 * each becomes a tombstone with a new revision, so every device holding it drops it on its next pull,
 * and its content is blanked (times, break, note, links), so only the id, the day and where it was
 * worked remain, of a pseudonymised person. One transaction per person, audited with no actor.
 * Returns how many entries were deleted.
 */
export async function runRetention(db: Kysely<DB>, dialect: Dialect, now: Date): Promise<number> {
  const pending = await db
    .selectFrom('erasures as e')
    .innerJoin('associations as a', 'a.id', 'e.associationId')
    .select(['e.personId', 'e.associationId', 'e.retainUntil', 'a.timeZone'])
    .where('e.retentionDoneAt', 'is', null)
    .execute();
  let total = 0;
  for (const e of pending) {
    if (e.retainUntil > dateIn(e.timeZone, now)) continue;
    total += await tenantWriteTransaction(db, dialect, e.associationId, async (trx) => {
      // Another server process may have done it meanwhile: the lock makes this check final.
      const still = await trx
        .selectFrom('erasures')
        .select('personId')
        .where('personId', '=', e.personId)
        .where('retentionDoneAt', 'is', null)
        .executeTakeFirst();
      if (!still) return 0;
      const entries = await trx
        .selectFrom('timeEntries')
        .select('id')
        .where('associationId', '=', e.associationId)
        .where('personId', '=', e.personId)
        .where('deleted', '=', 0)
        .execute();
      const updatedAt = now.toISOString();
      let rev = entries.length > 0 ? await reserveRevs(trx, e.associationId, entries.length) : 0;
      for (const { id } of entries) {
        await trx
          .updateTable('timeEntries')
          .set({
            deleted: 1,
            rev: rev++,
            updatedAt,
            startTime: '00:00',
            endTime: '00:00',
            breakMinutes: 0,
            note: '',
            siteId: null,
            assignmentId: null,
            submittedAt: null,
          })
          .where('id', '=', id)
          .execute();
      }
      await trx
        .updateTable('erasures')
        .set({ retentionDoneAt: updatedAt })
        .where('personId', '=', e.personId)
        .execute();
      await writeAudit(trx, [
        {
          associationId: e.associationId,
          actorId: null,
          action: 'retention.delete',
          tableName: 'timeEntries',
          rowId: e.personId,
          after: { count: entries.length, retainUntil: e.retainUntil },
          at: now,
        },
      ]);
      return entries.length;
    });
  }
  return total;
}
