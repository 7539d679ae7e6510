import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

type Row = Record<string, unknown>;
type Who = { associationId: string; personId: string };

/** One part of a person's export: a section name and the rows of that part, all of the association. */
export type ExportSource = { section: string; load: (db: Kysely<DB>, who: Who) => Promise<Row[]> };

/**
 * Everything stored about a person, one source per table. A new table holding personal data adds a
 * source here.
 */
export const exportSources: readonly ExportSource[] = [
  {
    section: 'person',
    // Never the password hash: it is not information about the person, and it would help an attacker.
    load: (db, w) =>
      db
        .selectFrom('people')
        .select(['id', 'displayName', 'email', 'roles', 'skills', 'active', 'municipalityId', 'createdAt', 'updatedAt'])
        .where('associationId', '=', w.associationId)
        .where('id', '=', w.personId)
        .execute(),
  },
  {
    section: 'profile',
    // What administrators keep about the person (migration 009): employment, target hours, birth date, training.
    load: (db, w) =>
      db
        .selectFrom('personProfiles')
        .select([
          'displayName',
          'email',
          'employingBody',
          'weeklyTargetMinutes',
          'activeFrom',
          'activeTo',
          'dateOfBirth',
          'trainingOccupation',
          'trainingFrom',
          'trainingTo',
          'updatedAt',
        ])
        .where('associationId', '=', w.associationId)
        .where('id', '=', w.personId)
        .execute(),
  },
  {
    section: 'sessions',
    load: (db, w) =>
      db
        .selectFrom('sessions')
        .select(['createdAt', 'lastSeenAt', 'expiresAt'])
        .where('associationId', '=', w.associationId)
        .where('personId', '=', w.personId)
        .orderBy('createdAt')
        .execute(),
  },
  {
    section: 'timeEntries',
    load: (db, w) =>
      db
        .selectFrom('timeEntries')
        .select([
          'id',
          'date',
          'startTime',
          'endTime',
          'breakMinutes',
          'municipalityId',
          'siteId',
          'serviceTypeId',
          'assignmentId',
          'note',
          'state',
          'createdAt',
          'submittedAt',
          'updatedAt',
        ])
        .where('associationId', '=', w.associationId)
        .where('personId', '=', w.personId)
        .where('deleted', '=', 0)
        .orderBy('date')
        .orderBy('startTime')
        .execute(),
  },
  {
    section: 'assignments',
    load: (db, w) =>
      db
        .selectFrom('assignments')
        .select([
          'id',
          'plannedStart',
          'plannedEnd',
          'municipalityId',
          'siteId',
          'serviceTypeId',
          'task',
          'status',
          'workerNotes',
          'createdAt',
          'updatedAt',
        ])
        .where('associationId', '=', w.associationId)
        .where('personId', '=', w.personId)
        .where('deleted', '=', 0)
        .orderBy('plannedStart')
        .execute(),
  },
  {
    section: 'absences',
    // Leave, sickness and the rest (migration 014), with kind and note from the details kept apart.
    load: (db, w) =>
      db
        .selectFrom('absences')
        .leftJoin('absenceDetails', 'absenceDetails.id', 'absences.id')
        .select([
          'absences.id',
          'absences.fromDate',
          'absences.toDate',
          'absences.startTime',
          'absences.endTime',
          'absences.status',
          'absenceDetails.kind',
          'absenceDetails.note',
          'absences.decidedBy',
          'absences.decidedAt',
          'absences.createdAt',
          'absences.updatedAt',
        ])
        .where('absences.associationId', '=', w.associationId)
        .where('absences.personId', '=', w.personId)
        .where('absences.deleted', '=', 0)
        .orderBy('absences.fromDate')
        .execute(),
  },
  {
    section: 'rotationStations',
    // An apprentice's stations, or a mentor's or deputy's: all name the person.
    load: (db, w) =>
      db
        .selectFrom('rotationStations')
        .select(['id', 'apprenticeId', 'mentorId', 'deputyId', 'municipalityId', 'department', 'startsOn', 'endsOn'])
        .where('associationId', '=', w.associationId)
        .where('deleted', '=', 0)
        .where((eb) =>
          eb.or([
            eb('apprenticeId', '=', w.personId),
            eb('mentorId', '=', w.personId),
            eb('deputyId', '=', w.personId),
          ]),
        )
        .orderBy('startsOn')
        .execute(),
  },
  {
    section: 'coverRequests',
    // Cover requests the person asked for or covers (issue 16).
    load: (db, w) =>
      db
        .selectFrom('coverRequests')
        .select(['id', 'municipalityId', 'siteId', 'slots', 'urgency', 'note', 'state', 'requestedBy', 'coveredBy'])
        .select(['createdAt', 'updatedAt'])
        .where('associationId', '=', w.associationId)
        .where('deleted', '=', 0)
        .where((eb) => eb.or([eb('requestedBy', '=', w.personId), eb('coveredBy', '=', w.personId)]))
        .orderBy('createdAt')
        .execute(),
  },
  {
    section: 'notifications',
    // What the person was told of (issue 17): kind, parameters, when, read or not.
    load: (db, w) =>
      db
        .selectFrom('notifications')
        .select(['kind', 'params', 'createdAt', 'readAt', 'pushedAt'])
        .where('associationId', '=', w.associationId)
        .where('personId', '=', w.personId)
        .orderBy('createdAt')
        .execute(),
  },
  {
    section: 'pushSubscriptions',
    // Browsers with push on: when, and the push service's address (it names the browser maker's service).
    load: (db, w) =>
      db
        .selectFrom('pushSubscriptions')
        .select(['endpoint', 'createdAt'])
        .where('associationId', '=', w.associationId)
        .where('personId', '=', w.personId)
        .orderBy('createdAt')
        .execute(),
  },
  {
    section: 'erasure',
    load: (db, w) =>
      db
        .selectFrom('erasures')
        .select(['erasedAt', 'retainUntil', 'retentionDoneAt'])
        .where('associationId', '=', w.associationId)
        .where('personId', '=', w.personId)
        .execute(),
  },
  {
    section: 'syncDevices',
    load: (db, w) =>
      db
        .selectFrom('syncClients')
        .select(['clientId', 'createdAt', 'lastSeenAt', 'lastMutationId'])
        .where('associationId', '=', w.associationId)
        .where('personId', '=', w.personId)
        .orderBy('createdAt')
        .execute(),
  },
  {
    section: 'auditLog',
    // Rows they did and rows about them (their people row, or naming them as the subject of an act).
    load: (db, w) =>
      db
        .selectFrom('auditLog')
        .select(['id', 'at', 'actorId', 'action', 'tableName', 'rowId', 'before', 'after', 'redactedAt'])
        .where('associationId', '=', w.associationId)
        .where((eb) => eb.or([eb('actorId', '=', w.personId), eb('rowId', '=', w.personId)]))
        .orderBy('at')
        .execute(),
  },
];

/** The whole export as one JSON-ready document. */
export async function collectExport(db: Kysely<DB>, who: Who, now: Date) {
  const sections: Record<string, Row[]> = {};
  for (const source of exportSources) sections[source.section] = await source.load(db, who);
  return { exportedAt: now.toISOString(), personId: who.personId, sections };
}
