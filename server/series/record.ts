import { scope } from '../sync/scope';
import { serverRecord } from '../sync/server-record';
import { seriesFields } from './fields';
import { createSeries, updateSeries } from './mutators';

// Series are the planners' tool; the people planned see the assignments they expand into.
export const seriesServerRecord = serverRecord({
  table: 'assignmentSeries',
  fields: seriesFields,
  read: scope.all('assignments.plan'),
  references: { municipalityId: 'municipalities', siteId: 'sites', serviceTypeId: 'serviceTypes', personId: 'people' },
  mutators: { 'series.create': createSeries, 'series.update': updateSeries },
});
