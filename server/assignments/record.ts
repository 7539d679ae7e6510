import { scope } from '../sync/scope';
import { serverRecord } from '../sync/server-record';
import { assignmentFields } from './fields';
import { createAssignment, updateAssignment } from './mutators';

export const assignmentServerRecord = serverRecord({
  table: 'assignments',
  fields: assignmentFields,
  read: scope.anyOf(
    scope.own('personId', 'assignments.read-own'),
    scope.all('assignments.read-all'),
    scope.municipality('municipalityId', 'hours.confirm-municipality'),
    scope.mentees('personId', 'training.sign'),
  ),
  references: { municipalityId: 'municipalities', siteId: 'sites', serviceTypeId: 'serviceTypes', personId: 'people' },
  mutators: { 'assignment.create': createAssignment, 'assignment.update': updateAssignment },
});
