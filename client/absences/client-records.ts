import type { SessionUser } from '../../shared/auth/schemas';
import type { LocalDb } from '../db/local-db';
import type { ClientRecord, ConflictHooks } from '../sync/client-record';
import { absenceDetailRows, absenceRows } from './absence-rows';
import { updateAbsence, updateAbsenceDetails } from './local-writes';

const pick = (row: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((f) => f in row).map((f) => [f, row[f]]));

/** "Keep mine" writes my fields again through the type's own checked write; edited on the absence page. */
const hooks = (
  update: (db: LocalDb, user: SessionUser, id: string, changes: Record<string, unknown>) => Promise<unknown>,
): ConflictHooks => ({
  async keepMine(db, user, c) {
    if (c.mine) await update(db, user, c.rowId, pick(c.mine, c.fields));
    return c.rowId;
  },
  route: () => '/abwesenheiten',
  needs: ['absences.request-own', 'assignments.plan'],
});

/** Absences on every device of the association; requested on /abwesenheiten, decided on /planung/abwesenheiten. */
export const absenceClient: ClientRecord<'absences'> = {
  ...absenceRows,
  labels: {
    personId: 'absence.personId',
    from: 'absence.from',
    to: 'absence.to',
    startTime: 'absence.startTime',
    endTime: 'absence.endTime',
    status: 'absence.status',
  },
  conflict: hooks(updateAbsence),
};

/** Kind and note: only on the devices of planners and of the person. */
export const absenceDetailClient: ClientRecord<'absenceDetails'> = {
  ...absenceDetailRows,
  labels: { kind: 'absence.kind', note: 'absence.note' },
  conflict: hooks(updateAbsenceDetails),
};
