import { scope } from '../sync/scope';
import { serverRecord } from '../sync/server-record';
import { absenceDetailFields, absenceFields } from './fields';
import { createAbsence, createAbsenceDetails, updateAbsence, updateAbsenceDetails } from './mutators';

/** Everyone in the association sees who is away when ("abwesend"), never why. */
export const absenceServerRecord = serverRecord({
  table: 'absences',
  fields: absenceFields,
  read: scope.association,
  references: { personId: 'people' },
  mutators: { 'absence.create': createAbsence, 'absence.update': updateAbsence },
});

/** Why (a sickness) and the note: planners and the person only. */
export const absenceDetailServerRecord = serverRecord({
  table: 'absenceDetails',
  fields: absenceDetailFields,
  read: scope.anyOf(scope.own('personId', 'absences.request-own'), scope.all('assignments.plan')),
  references: { id: 'absences' },
  mutators: { 'absenceDetails.create': createAbsenceDetails, 'absenceDetails.update': updateAbsenceDetails },
});
