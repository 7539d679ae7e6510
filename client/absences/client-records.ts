import type { ClientRecord } from '../sync/client-record';
import { absenceDetailRows, absenceRows } from './absence-rows';
import { updateAbsence, updateAbsenceDetails } from './local-writes';

const pick = (row: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((f) => f in row).map((f) => [f, row[f]]));
const needs = ['absences.request-own', 'assignments.plan'] as const;

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
  conflict: {
    async keepMine(db, user, c) {
      if (c.mine) await updateAbsence(db, user, c.rowId, pick(c.mine, c.fields));
      return c.rowId;
    },
    route: () => '/abwesenheiten',
    needs,
  },
};

/** Kind and note: only on the devices of planners and of the person. */
export const absenceDetailClient: ClientRecord<'absenceDetails'> = {
  ...absenceDetailRows,
  labels: { kind: 'absence.kind', note: 'absence.note' },
  conflict: {
    async keepMine(db, user, c) {
      if (c.mine) await updateAbsenceDetails(db, user, c.rowId, pick(c.mine, c.fields));
      return c.rowId;
    },
    route: () => '/abwesenheiten',
    needs,
  },
};
