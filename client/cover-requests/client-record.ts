import { requestFields } from '../../shared/cover-requests/schema';
import type { ClientRecord } from '../sync/client-record';
import { updateCoverRequest } from './local-writes';
import { coverRequestRows } from './request-rows';

const described = (row: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(
    fields.filter((f) => (requestFields as readonly string[]).includes(f) && f in row).map((f) => [f, row[f]]),
  );

/** Cover requests on contacts' and planners' devices (client/cover-requests). */
export const coverRequestClient: ClientRecord<'coverRequests'> = {
  ...coverRequestRows,
  labels: {
    municipalityId: 'entry.municipality',
    siteId: 'assignment.site',
    serviceTypeId: 'entry.serviceType',
    skills: 'person.skills',
    slots: 'cover.slots',
    urgency: 'cover.urgency',
    note: 'cover.note',
    state: 'cover.state',
    coveredBy: 'cover.coveredBy',
    assignmentIds: 'cover.assignmentIds',
  },
  conflict: {
    // What the request says is kept again; a state move (a fill, a cancel) is decided anew, not forced.
    async keepMine(db, _user, c) {
      if (c.mine) await updateCoverRequest(db, c.rowId, described(c.mine, c.fields));
      return c.rowId;
    },
    route: () => '/',
    needs: ['cover.request', 'assignments.plan'],
  },
};
