import { scope } from '../sync/scope';
import { serverRecord } from '../sync/server-record';
import { timeEntryFields } from './fields';
import { createTimeEntry, deleteTimeEntry, updateTimeEntry } from './mutators';

export const timeEntryServerRecord = serverRecord({
  table: 'timeEntries',
  fields: timeEntryFields,
  // Own hours; planners all; a municipality contact the hours delivered to
  // their municipality; a mentor those of the apprentices at her station.
  read: scope.anyOf(
    scope.own('personId', 'time.log-own'),
    scope.all('time.read-all'),
    scope.municipality('municipalityId', 'hours.confirm-municipality'),
    scope.mentees('personId', 'training.sign'),
  ),
  references: {
    municipalityId: 'municipalities',
    siteId: 'sites',
    serviceTypeId: 'serviceTypes',
    assignmentId: 'assignments',
  },
  mutators: {
    'timeEntry.create': createTimeEntry,
    'timeEntry.update': updateTimeEntry,
    'timeEntry.delete': deleteTimeEntry,
  },
});
