import { absenceDetailRecord, absenceRecord } from '../absences/record';
import { assignmentRecord } from '../assignments/record';
import { coverRequestRecord } from '../cover-requests/record';
import { closureDayRecord } from '../holidays/record';
import {
  associationSettingsRecord,
  municipalityRecord,
  personRecord,
  serviceTypeRecord,
  siteRecord,
} from '../masterdata/records';
import { notificationRecord } from '../notifications/record';
import { openShiftRecord } from '../open-shifts/record';
import { personProfileRecord } from '../people/record';
import { planRecord, stationRecord } from '../rotation/record';
import { seriesRecord } from '../series/record';
import { timeEntryRecord } from '../time-entries/record';

/**
 * Every synced record type, in pull order (rows others refer to first). Adding a type: its
 * definition in its capability folder, a line here, a line in the server's and the device's registry
 * (server/sync/registry.ts, client/sync/registry.ts), a migration. See README "Adding a record type".
 */
export const records = [
  associationSettingsRecord,
  municipalityRecord,
  siteRecord,
  serviceTypeRecord,
  personRecord,
  personProfileRecord,
  assignmentRecord,
  timeEntryRecord,
  absenceRecord,
  absenceDetailRecord,
  coverRequestRecord,
  closureDayRecord,
  openShiftRecord,
  notificationRecord,
  seriesRecord,
  stationRecord,
  planRecord,
] as const;
