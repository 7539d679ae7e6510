import type { z } from 'zod';
import type { SessionUser } from '../../shared/auth/schemas';
import { absenceDetailRecord, absenceRecord } from '../../shared/absences/record';
import { checkAbsence, checkAbsenceDetails, decides } from '../../shared/absences/rules';
import type { Absence, AbsenceDetail, AbsenceDetailInput, AbsenceInput } from '../../shared/absences/schema';
import { AppError, type Issue, issuesFromZod } from '../../shared/errors/errors';
import { newId } from '../../shared/ids/ids';
import { changesOf, createArgs } from '../../shared/sync/record';
import type { LocalDb } from '../db/local-db';
import { guardStorage } from '../db/storage-errors';
import { localWriter } from '../sync/local-write';
import { trustedNow } from '../sync/server-clock';
import { absenceDetailRows, absenceRows } from './absence-rows';

const absences = localWriter(absenceRecord, absenceRows);
const details = localWriter(absenceDetailRecord, absenceDetailRows);
const createAbsenceArgs = createArgs(absenceRecord.editable);
const createDetailArgs = createArgs(absenceDetailRecord.editable);

function refuseIf(issues: Issue[]): void {
  if (issues.length > 0) throw new AppError('validation_failed', issues.map((i) => i.message).join(' '), issues);
}
function parsed<T>(result: z.ZodSafeParseResult<T>): T {
  if (!result.success) throw new AppError('validation_failed', result.error.message, issuesFromZod(result.error));
  return result.data;
}

/** The person's absences on this device (everyone's device holds the association's absences). */
const absencesOf = (db: LocalDb, personId: string): Promise<Absence[]> =>
  db.absences.where('personId').equals(personId).toArray();

/** The server stamps the decision again on arrival; the device shows it at once. */
const decision = (user: SessionUser, before: Absence | null, after: AbsenceInput, now: Date) =>
  decides(before, after) ? { decidedBy: user.id, decidedAt: now.toISOString() } : {};

export type NewAbsence = AbsenceInput & AbsenceDetailInput;

/**
 * A new absence (a request, or one a planner enters): the absence, its kind and note, and both creates
 * in one transaction, checked by the same rules the server applies (shared/absences/rules.ts).
 */
export async function createAbsence(
  db: LocalDb,
  user: SessionUser,
  input: NewAbsence,
  now = trustedNow(),
): Promise<Absence> {
  const id = newId();
  const { kind, note, ...rest } = input;
  const fields = parsed(createAbsenceArgs.safeParse({ ...rest, id }));
  const detailFields = parsed(createDetailArgs.safeParse({ id, kind, note }));
  const stamp = now.toISOString();
  const absence: Absence = {
    decidedBy: null,
    decidedAt: null,
    ...fields,
    ...decision(user, null, fields, now),
    rev: 0,
    updatedAt: stamp,
  };
  refuseIf(checkAbsence(user, null, absence, await absencesOf(db, absence.personId)));
  refuseIf(checkAbsenceDetails(user, absence, detailFields));
  const detail: AbsenceDetail = { ...detailFields, personId: absence.personId, rev: 0, updatedAt: stamp };
  // The absence's create goes first: the server refuses details of an absence it does not know.
  return guardStorage(() =>
    db.transaction('rw', [db.absences, db.absenceDetails, db.outbox], async () => {
      await absences.create(db, absence, now);
      await details.create(db, detail, now);
      return absence;
    }),
  );
}

/** Changes dates, times or status (approve, decline, cancel); only fields that changed are queued. */
export async function updateAbsence(
  db: LocalDb,
  user: SessionUser,
  id: string,
  changes: Partial<AbsenceInput>,
  now = trustedNow(),
): Promise<Absence> {
  const wanted = parsed(changesOf(absenceRecord.editable).safeParse(changes));
  const row = await db.absences.get(id);
  const others = row ? await absencesOf(db, row.personId) : [];
  return absences.update(db, id, wanted, now, (before, next) => {
    refuseIf(checkAbsence(user, before, next, others));
    Object.assign(next, decision(user, before, next, now));
  });
}

/** Changes kind or note, as the person (while requested) or a planner may. */
export async function updateAbsenceDetails(
  db: LocalDb,
  user: SessionUser,
  id: string,
  changes: Partial<AbsenceDetailInput>,
  now = trustedNow(),
): Promise<AbsenceDetail> {
  const wanted = parsed(changesOf(absenceDetailRecord.editable).safeParse(changes));
  const absence = (await db.absences.get(id)) ?? null;
  return details.update(db, id, wanted, now, (_before, next) => refuseIf(checkAbsenceDetails(user, absence, next)));
}
