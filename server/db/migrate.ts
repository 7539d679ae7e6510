import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as initial from './migrations/001-initial';
import * as writeNotifications from './migrations/002-write-notifications';
import * as mutationRetention from './migrations/003-mutation-retention';
import * as loginThrottle from './migrations/004-login-throttle';
import * as readScopes from './migrations/005-read-scopes';
import * as entryIds from './migrations/006-entry-ids-per-association';
import * as auditLog from './migrations/007-audit-log';
import * as masterdataAdmin from './migrations/008-masterdata-admin';
import * as personProfiles from './migrations/009-person-profiles';
import * as invitations from './migrations/010-invitations';
import * as auditAppendOnly from './migrations/011-audit-append-only';
import * as erasures from './migrations/012-erasures';
import * as absences from './migrations/014-absences';
import * as coverRequests from './migrations/015-cover-requests';
import * as ruleOverrides from './migrations/016-rule-overrides';
import * as closureDays from './migrations/017-closure-days';
import * as icalFeeds from './migrations/018-ical-feeds';
import * as assignmentSeries from './migrations/019-assignment-series';
import * as openShifts from './migrations/020-open-shifts';
import * as notifications from './migrations/021-notifications';
import * as webPush from './migrations/022-web-push';
import * as seriesInterval from './migrations/024-series-interval';
import * as rotationStationsSynced from './migrations/026-rotation-stations-synced';
import * as rotationPlans from './migrations/027-rotation-plans';

/** Migrations are code, listed here in order, so a bundled server needs no folder scan. */
const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-write-notifications': writeNotifications,
  '003-mutation-retention': mutationRetention,
  '004-login-throttle': loginThrottle,
  '005-read-scopes': readScopes,
  '006-entry-ids-per-association': entryIds,
  '007-audit-log': auditLog,
  '008-masterdata-admin': masterdataAdmin,
  '009-person-profiles': personProfiles,
  '010-invitations': invitations,
  '011-audit-append-only': auditAppendOnly,
  '012-erasures': erasures,
  '014-absences': absences,
  '015-cover-requests': coverRequests,
  '016-rule-overrides': ruleOverrides,
  '017-closure-days': closureDays,
  '018-ical-feeds': icalFeeds,
  '019-assignment-series': assignmentSeries,
  '020-open-shifts': openShifts,
  '021-notifications': notifications,
  '022-web-push': webPush,
  '024-series-interval': seriesInterval,
  '026-rotation-stations-synced': rotationStationsSynced,
  '027-rotation-plans': rotationPlans,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** `schema` names the PostgreSQL schema explicitly: Kysely's table check otherwise sees every schema. */
export async function migrateToLatest<T>(db: Kysely<T>, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
