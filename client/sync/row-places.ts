import type { SyncTable } from '../../shared/sync/protocol';
import { absenceDetailRows, absenceRows } from '../absences/absence-rows';
import { coverRequestRows } from '../cover-requests/request-rows';
import { assignmentRows } from '../assignments/assignment-rows';
import { closureDayRows } from '../holidays/closure-day-rows';
import {
  associationSettingsRows,
  municipalityRows,
  personRows,
  serviceTypeRows,
  siteRows,
} from '../masterdata/master-rows';
import { notificationRows } from '../notifications/notification-rows';
import { openShiftRows } from '../open-shifts/shift-rows';
import { personProfileRows } from '../people/profile-rows';
import { planRows, stationRows } from '../rotation/rotation-rows';
import { seriesRows } from '../series/series-rows';
import { entryRows } from '../time-entries/entry-rows';
import type { RowPlace } from './client-record';

/**
 * Where each synced table's rows live on the device: the part of the registry (registry.ts) that the
 * database layer needs. Apart from it because the registry's conflict hooks pull in the forms' zod
 * schemas, which must stay out of the first-load bundle.
 */
export const rowPlaces: { readonly [T in SyncTable]: RowPlace<T> } = {
  associationSettings: associationSettingsRows,
  municipalities: municipalityRows,
  sites: siteRows,
  serviceTypes: serviceTypeRows,
  people: personRows,
  personProfiles: personProfileRows,
  assignments: assignmentRows,
  timeEntries: entryRows,
  absences: absenceRows,
  absenceDetails: absenceDetailRows,
  coverRequests: coverRequestRows,
  closureDays: closureDayRows,
  openShifts: openShiftRows,
  notifications: notificationRows,
  assignmentSeries: seriesRows,
  rotationStations: stationRows,
  rotationPlans: planRows,
};
