import { scope } from '../sync/scope';
import { serverRecord } from '../sync/server-record';
import { openShiftFields } from './fields';

export const openShiftServerRecord = serverRecord({
  table: 'openShifts',
  fields: openShiftFields,
  // Planners see all; staff those they may claim (eligible when published) and the ones they claimed.
  read: scope.anyOf(scope.all('assignments.plan'), scope.named('claimedBy', 'eligibleIds', 'assignments.work-own')),
  references: { municipalityId: 'municipalities', siteId: 'sites', serviceTypeId: 'serviceTypes', claimedBy: 'people' },
  mutators: {},
});
