// The protocol's plain values, without zod: the device's sync engine needs these, not the schemas,
// so it loads without zod (issue 13). protocol.ts re-exports them and checks the table list.
import type { MutationName } from './protocol';
import type { Op } from './record';

/** Bumped on any incompatible change; the server refuses other versions with a clear code. */
export const PROTOCOL_VERSION = 1;
export const MAX_PUSH_MUTATIONS = 500;
export const DEFAULT_PULL_LIMIT = 2000;
/**
 * On a pull page with more to come, the cursor to continue from, also as a response header: a device
 * can ask for the next page as soon as the headers arrive, while this page's body still downloads.
 */
export const NEXT_CURSOR_HEADER = 'X-Sync-Next-Cursor';
export const MAX_PULL_LIMIT = 5000;

/** The synced tables in pull order; protocol.ts fails to compile unless it matches shared/sync/records.ts. */
export const syncTables = [
  'associationSettings',
  'municipalities',
  'sites',
  'serviceTypes',
  'people',
  'personProfiles',
  'assignments',
  'timeEntries',
  'absences',
  'absenceDetails',
  'coverRequests',
  'closureDays',
  'openShifts',
  'notifications',
  'assignmentSeries',
  'rotationStations',
  'rotationPlans',
] as const;

/**
 * Mutation ids count up per device from 1; a bound keeps one absurd id from making every later
 * mutation of the device look already processed.
 */
export const MAX_MUTATION_ID = 2 ** 31 - 1;

/**
 * Answers that mean the device's numbering disagrees with the server's (a restored or copied device
 * database): the mutation was not applied, and the device sends it again under a new client id.
 */
export const RENEW_CLIENT_CODES = ['already_processed', 'mutation_out_of_order', 'mutation_id_reused'] as const;

export const mutationStatuses = ['applied', 'merged', 'conflict', 'rejected'] as const;

/** The operation of a mutation, by its name (`timeEntry.update` → `update`). */
export const opOfMutation = (name: MutationName): Op => name.slice(name.lastIndexOf('.') + 1) as Op;
