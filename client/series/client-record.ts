import type { SeriesChanges } from '../../shared/series/schema';
import type { ClientRecord } from '../sync/client-record';
import { seriesRows } from './series-rows';

const mine = (row: Record<string, unknown>, fields: readonly string[]): SeriesChanges =>
  Object.fromEntries(fields.filter((f) => f === 'endDate' || f === 'task').map((f) => [f, row[f]]));

/** Series on planners' devices (issue 17); the writes load only when a conflict is resolved. */
export const seriesClient: ClientRecord<'assignmentSeries'> = {
  ...seriesRows,
  labels: {
    personId: 'assignment.person',
    municipalityId: 'entry.municipality',
    siteId: 'assignment.site',
    serviceTypeId: 'entry.serviceType',
    weekdays: 'series.weekdays',
    startTime: 'series.startTime',
    endTime: 'series.endTime',
    startDate: 'series.startDate',
    endDate: 'series.endDate',
    interval: 'series.interval',
    ruleReason: 'series.ruleReason',
    task: 'assignment.task',
  },
  conflict: {
    async keepMine(db, _user, c) {
      if (c.mine) await (await import('./local-writes')).updateSeries(db, c.rowId, mine(c.mine, c.fields));
      return c.rowId;
    },
    route: () => '/planung',
    needs: ['assignments.plan'],
  },
};
