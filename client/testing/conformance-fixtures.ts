import { newId } from '../../shared/ids/ids';
import { PROTOCOL_VERSION, pushResponseSchema, type RowOf, type SyncTable } from '../../shared/sync/protocol';
import type { WritableTable } from '../sync/client-record';
import type { TestApp } from '../../server/testing/test-app';
import { absenceFixtures } from './absence-fixtures';
import { coverRequestFixture } from './cover-request-fixture';
import { closureDayFixtures } from './closure-day-fixtures';
import { masterdataFixtures } from './masterdata-fixtures';
import { rotationFixtures } from './rotation-fixtures';
import { seriesFixture } from './series-fixture';
import type { TestDevice } from './test-device';

type Login = keyof TestApp['logins'];
type Row = Record<string, unknown> & { id: string; rev: number };

/**
 * What the conformance test (client/sync/conformance.test.ts) needs to know of a writable record type:
 * who writes it, a row that person may change, two different edits of one field, a new row, and how a
 * row leaves the writer's (or an observer's) scope. A writable type missing here is a type error.
 */
export type WritableFixture<T extends WritableTable> = {
  actor: Login;
  /** A row of the actor's that the actor may change, as their device holds it. */
  pick: (device: TestDevice) => Promise<RowOf<T>>;
  /** Two different values of one field the actor owns. */
  edits: readonly [Partial<RowOf<T>>, Partial<RowOf<T>>];
  /** A new row to create on the device (types with a create mutation). */
  fresh?: (device: TestDevice) => Promise<RowOf<T>>;
  /** Brings `row` into the scope of `observer` (if needed), then makes it leave it, through the push route. */
  leave: {
    observer: Login;
    enter?: (t: TestApp, row: Row) => Promise<void>;
    run: (t: TestApp, row: Row) => Promise<void>;
  };
};

/** Readers that must receive rows of each table (the test is never vacuous). */
export const readersOf: { readonly [T in SyncTable]: readonly Login[] } = {
  associationSettings: ['technician', 'coordinator', 'contact', 'mentor'],
  municipalities: ['technician', 'coordinator', 'contact', 'mentor'],
  sites: ['technician', 'coordinator'],
  serviceTypes: ['technician', 'coordinator'],
  people: ['technician', 'coordinator'],
  personProfiles: ['admin', 'coordinator', 'technician'],
  assignments: ['technician', 'coordinator', 'contact', 'mentor'],
  timeEntries: ['technician', 'coordinator', 'contact', 'mentor'],
  absences: ['technician', 'coordinator', 'contact', 'mentor'],
  absenceDetails: ['technician', 'coordinator'],
  coverRequests: ['coordinator', 'contact'],
  closureDays: ['technician', 'coordinator', 'contact', 'mentor'],
  // The technician sees the demo's school shift; the contact has the demo's notification of a filled request.
  openShifts: ['coordinator', 'technician'],
  notifications: ['contact'],
  assignmentSeries: ['coordinator', 'admin'],
  rotationStations: ['coordinator', 'apprentice', 'mentor'],
  rotationPlans: ['coordinator', 'apprentice'],
};

const personIdOf = async (t: TestApp, email: string) =>
  (await t.db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

export const writableFixtures: { readonly [T in WritableTable]: WritableFixture<T> } = {
  // Administered master data (client/testing/masterdata-fixtures.ts).
  ...masterdataFixtures,
  // Absences (client/testing/absence-fixtures.ts).
  ...absenceFixtures,
  coverRequests: coverRequestFixture,
  notifications: {
    // The demo contact was told of her filled request; she marks it read.
    actor: 'contact',
    pick: async (d) => (await d.db.notifications.toArray())[0]!,
    edits: [{ readAt: '2026-11-18T09:40:00.000Z' }, { readAt: '2026-11-18T09:45:00.000Z' }],
    // Only the recipient reads it: with her role gone, it leaves her device.
    leave: {
      observer: 'contact',
      run: async (t) => {
        await t.db.updateTable('people').set({ roles: '["visitor"]' }).where('email', '=', t.logins.contact).execute();
      },
    },
  },
  // Closure days (client/testing/closure-day-fixtures.ts).
  ...closureDayFixtures,
  assignmentSeries: seriesFixture((t, roles) => setCoordinatorRoles(t, roles)),
  ...rotationFixtures((t, roles) => setCoordinatorRoles(t, roles)),
  timeEntries: {
    actor: 'technician',
    pick: async (d) => (await d.db.timeEntries.toArray()).find((e) => e.state === 'draft')!,
    edits: [{ note: 'Gerät getauscht' }, { note: 'Gerät nur geprüft' }],
    fresh: async (d) => {
      const m = (await d.db.municipalities.toArray())[0]!;
      const s = (await d.db.serviceTypes.toArray())[0]!;
      return {
        id: newId(),
        rev: 0,
        updatedAt: new Date().toISOString(),
        personId: d.user.id,
        date: '2026-11-18',
        start: '13:00',
        end: '14:00',
        breakMinutes: 0,
        municipalityId: m.id,
        siteId: null,
        serviceTypeId: s.id,
        assignmentId: null,
        note: 'neu',
        state: 'draft',
      };
    },
    // The contact sees hours at their municipality: moved there and
    // away again by their owner, they leave the contact's device.
    leave: {
      observer: 'contact',
      enter: async (t, row) => moveEntry(t, row, (await contactMunicipality(t)).id),
      run: async (t, row) => moveEntry(t, row, (await contactMunicipality(t, true)).id),
    },
  },
  personProfiles: {
    actor: 'admin',
    pick: async (d) => (await d.db.personProfiles.toArray()).find((p) => !p.roles.includes('admin'))!,
    edits: [{ employingBody: 'Zweckverband Feldkirchen' }, { employingBody: 'Gemeinde Albeck' }],
    fresh: async () => {
      const id = newId();
      return {
        id,
        rev: 0,
        updatedAt: new Date().toISOString(),
        displayName: 'Neue Kollegin',
        email: `neu-${id}@beispiel.example`,
        roles: ['staff'],
        skills: ['Bürgerbüro'],
        municipalityId: null,
        employingBody: 'Zweckverband',
        weeklyTargetMinutes: 40 * 60,
        activeFrom: '2026-12-01',
        activeTo: null,
        dateOfBirth: null,
        trainingOccupation: '',
        trainingFrom: null,
        trainingTo: null,
      };
    },
    // Personal details are the administrators' and planners': the coordinator made staff leaves with the role.
    leave: {
      observer: 'coordinator',
      run: (t) => setCoordinatorRoles(t, ['staff']),
    },
  },
  assignments: {
    // Planners create and change assignments (the planning board); the technician's own edits are tested
    // by the "keep mine" round trip of her fields (workerNotes) all the same.
    actor: 'coordinator',
    pick: async (d) => {
      const lena = (await d.db.people.toArray()).find((p) => p.displayName === 'Lena Hofer')!;
      return (await d.db.assignments.toArray()).find((a) => a.status === 'planned' && a.personId === lena.id)!;
    },
    edits: [{ workerNotes: 'Schlüssel beim Hausmeister' }, { workerNotes: 'Hausmeister nicht da' }],
    fresh: async (d) => {
      const site = (await d.db.sites.toArray())[0]!;
      return {
        id: newId(),
        rev: 0,
        updatedAt: new Date().toISOString(),
        personId: d.user.id,
        municipalityId: site.municipalityId,
        siteId: site.id,
        serviceTypeId: (await d.db.serviceTypes.toArray())[0]!.id,
        // The coordinator plans no work for himself in the demo: this time is free.
        plannedStart: '2026-11-18T13:00:00.000Z',
        plannedEnd: '2026-11-18T14:00:00.000Z',
        task: 'neu',
        status: 'planned',
        workerNotes: '',
      };
    },
    // The coordinator takes it over himself (nobody else is booked then): it leaves the technician's devices.
    leave: {
      observer: 'technician',
      run: async (t, row) => {
        const coordinator = await personIdOf(t, t.logins.coordinator);
        await pushAs(t, 'coordinator', {
          name: 'assignment.update',
          args: { id: row.id, baseRev: row.rev, base: { personId: row.personId }, changes: { personId: coordinator } },
        });
      },
    },
  },
};

/** One mutation sent as `login` from a fresh device, through the real push route; it must be applied. */
async function pushAs(t: TestApp, login: Login, m: { name: string; args: object }): Promise<Row> {
  const cookie = await t.login(t.logins[login]);
  const res = await t.json('/api/sync/push', cookie, {
    type: 'push',
    protocol: PROTOCOL_VERSION,
    clientId: newId(),
    mutations: [{ id: 1, ...m }],
  });
  const [answer] = pushResponseSchema.parse(await res.json()).results;
  if (answer?.status !== 'applied') throw new Error(`${m.name} as ${login}: ${JSON.stringify(answer)}`);
  return answer.row as unknown as Row;
}

/** The administrator changes the coordinator's roles through her personal details. */
/** The technician leaves the association (a role that reads nothing): what everyone reads leaves their device. */
export async function leaveAssociation(t: TestApp): Promise<void> {
  await t.db
    .updateTable('people')
    .set({ roles: JSON.stringify(['visitor']) })
    .where('email', '=', t.logins.technician)
    .execute();
}

export async function setCoordinatorRoles(t: TestApp, roles: string[]): Promise<void> {
  const p = await t.db
    .selectFrom('personProfiles')
    .select(['id', 'rev', 'roles'])
    .where('email', '=', t.logins.coordinator)
    .executeTakeFirstOrThrow();
  await pushAs(t, 'admin', {
    name: 'personProfile.update',
    args: { id: p.id, baseRev: p.rev, base: { roles: JSON.parse(p.roles) }, changes: { roles } },
  });
}

async function contactMunicipality(t: TestApp, other = false): Promise<{ id: string }> {
  const { municipalityId } = await t.db
    .selectFrom('people')
    .select('municipalityId')
    .where('email', '=', t.logins.contact)
    .executeTakeFirstOrThrow();
  return t.db
    .selectFrom('municipalities')
    .select('id')
    .where('id', other ? '!=' : '=', municipalityId!)
    .executeTakeFirstOrThrow();
}

/** The owner moves her entry to another municipality (the row as the server has it now). */
async function moveEntry(t: TestApp, row: Row, municipalityId: string): Promise<void> {
  const now = await t.db
    .selectFrom('timeEntries')
    .select(['rev', 'municipalityId', 'siteId'])
    .where('id', '=', row.id)
    .executeTakeFirstOrThrow();
  await pushAs(t, 'technician', {
    name: 'timeEntry.update',
    args: {
      id: row.id,
      baseRev: now.rev,
      base: { municipalityId: now.municipalityId, siteId: now.siteId },
      changes: { municipalityId, siteId: null },
    },
  });
}
