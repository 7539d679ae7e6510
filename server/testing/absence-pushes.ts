import { newId } from '../../shared/ids/ids';
import type { AbsenceInput } from '../../shared/absences/schema';
import type { TestApp } from './test-app';

/** A person's id by login e-mail. */
export const personIdOf = async (t: TestApp, email: string): Promise<string> =>
  (await t.db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

/** A whole-day leave request, valid as it is; `over` changes dates, status or person. */
export const leaveRequest = (personId: string, over: Partial<AbsenceInput> = {}) => ({
  id: newId(),
  personId,
  from: '2026-12-14',
  to: '2026-12-15',
  startTime: null,
  endTime: null,
  status: 'requested' as const,
  ...over,
});

/** An absence as the server holds it now, for updates against it. */
export const absenceNow = (t: TestApp, id: string) =>
  t.db.selectFrom('absences').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** A status change against the absence's current revision. */
export async function statusChange(t: TestApp, id: string, status: AbsenceInput['status']) {
  const row = await absenceNow(t, id);
  return { id, baseRev: Number(row.rev), base: { status: row.status as AbsenceInput['status'] }, changes: { status } };
}
