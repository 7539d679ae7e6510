import { scope } from '../sync/scope';
import { serverRecord } from '../sync/server-record';
import { coverRequestFields } from './fields';
import { createCoverRequest, updateCoverRequest } from './mutators';

export const coverRequestServerRecord = serverRecord({
  table: 'coverRequests',
  fields: coverRequestFields,
  // Planners see every request; a contact those of the municipality they speak for. Staff none (yet).
  read: scope.anyOf(scope.all('assignments.plan'), scope.municipality('municipalityId', 'cover.request')),
  references: {
    municipalityId: 'municipalities',
    siteId: 'sites',
    serviceTypeId: 'serviceTypes',
    coveredBy: 'people',
  },
  mutators: { 'coverRequest.create': createCoverRequest, 'coverRequest.update': updateCoverRequest },
});
