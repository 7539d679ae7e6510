import { type AdminWrites, adminConflictHooks } from '../masterdata/client-records';
import type { ClientRecord } from '../sync/client-record';
import { closureDayRows } from './closure-day-rows';

// The writes load with the administration page; the sync page's conflict buttons fetch them when used.
const writes = async (): Promise<AdminWrites> =>
  (await import('./local-writes')).closureDayWrites as unknown as AdminWrites;

export const closureDayClient: ClientRecord<'closureDays'> = {
  ...closureDayRows,
  labels: {
    date: 'closure.date',
    municipalityId: 'entry.municipality',
    part: 'closure.part',
    name: 'field.name',
  },
  conflict: adminConflictHooks(writes, (id) => `/verwaltung/schliesstage/${id}`),
};
