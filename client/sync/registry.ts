import type { SyncTable } from '../../shared/sync/protocol';
import { absenceClient, absenceDetailClient } from '../absences/client-records';
import { coverRequestClient } from '../cover-requests/client-record';
import { assignmentClient } from '../assignments/client-record';
import { closureDayClient } from '../holidays/client-record';
import {
  associationSettingsClient,
  municipalityClient,
  personClient,
  serviceTypeClient,
  siteClient,
} from '../masterdata/client-records';
import { notificationClient } from '../notifications/client-record';
import { openShiftClient } from '../open-shifts/client-record';
import { personProfileClient } from '../people/client-record';
import { planClient, stationClient } from '../rotation/client-records';
import { seriesClient } from '../series/client-record';
import { timeEntryClient } from '../time-entries/client-record';
import type { ClientRecord } from './client-record';

/**
 * Every synced table as the device knows it (shared/sync/records.ts lists the definitions). A table
 * missing here is a type error; generic sync code (conflicts, labels) reads it. Where rows live is also
 * listed alone in row-places.ts, for the database layer.
 */
export const clientRecords: { readonly [T in SyncTable]: ClientRecord<T> } = {
  associationSettings: associationSettingsClient,
  municipalities: municipalityClient,
  sites: siteClient,
  serviceTypes: serviceTypeClient,
  people: personClient,
  personProfiles: personProfileClient,
  assignments: assignmentClient,
  timeEntries: timeEntryClient,
  absences: absenceClient,
  absenceDetails: absenceDetailClient,
  coverRequests: coverRequestClient,
  closureDays: closureDayClient,
  openShifts: openShiftClient,
  notifications: notificationClient,
  assignmentSeries: seriesClient,
  rotationStations: stationClient,
  rotationPlans: planClient,
};
