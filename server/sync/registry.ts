import type { SyncTable } from '../../shared/sync/protocol';
import { absenceDetailServerRecord, absenceServerRecord } from '../absences/record';
import { assignmentServerRecord } from '../assignments/record';
import { coverRequestServerRecord } from '../cover-requests/record';
import { closureDayServerRecord } from '../holidays/record';
import {
  associationSettingsServerRecord,
  municipalityServerRecord,
  personServerRecord,
  serviceTypeServerRecord,
  siteServerRecord,
} from '../masterdata/records';
import { notificationServerRecord } from '../notifications/record';
import { openShiftServerRecord } from '../open-shifts/record';
import { personProfileServerRecord } from '../people/record';
import { planServerRecord, stationServerRecord } from '../rotation/record';
import { seriesServerRecord } from '../series/record';
import { timeEntryServerRecord } from '../time-entries/record';
import type { ServerRecord } from './server-record';

/** Every synced record type on the server; one missing, or one without a read scope, does not compile. */
export const serverRecords: { readonly [T in SyncTable]: ServerRecord<T> } = {
  associationSettings: associationSettingsServerRecord,
  municipalities: municipalityServerRecord,
  sites: siteServerRecord,
  serviceTypes: serviceTypeServerRecord,
  people: personServerRecord,
  personProfiles: personProfileServerRecord,
  assignments: assignmentServerRecord,
  timeEntries: timeEntryServerRecord,
  absences: absenceServerRecord,
  absenceDetails: absenceDetailServerRecord,
  coverRequests: coverRequestServerRecord,
  closureDays: closureDayServerRecord,
  openShifts: openShiftServerRecord,
  notifications: notificationServerRecord,
  assignmentSeries: seriesServerRecord,
  rotationStations: stationServerRecord,
  rotationPlans: planServerRecord,
};
