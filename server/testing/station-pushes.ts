import { newId } from '../../shared/ids/ids';
import type { StationInput } from '../../shared/rotation/schema';
import { personIdOf } from './absence-pushes';
import type { TestApp } from './test-app';

/** People and a municipality of the demo a station needs: the login apprentice, both mentors, a staff member. */
export async function rotationCast(t: TestApp) {
  const idByName = async (name: string) =>
    (await t.db.selectFrom('people').select('id').where('displayName', '=', name).executeTakeFirstOrThrow()).id;
  return {
    apprentice: await personIdOf(t, t.logins.apprentice),
    otherApprentice: await idByName('Sophie Brunner'),
    mentor: await personIdOf(t, t.logins.mentor),
    deputy: await idByName('Martina Egger'),
    staff: await personIdOf(t, t.logins.technician),
    municipality: (await t.db.selectFrom('municipalities').select('id').executeTakeFirstOrThrow()).id,
  };
}

/** A station for the login apprentice years after the demo's plan, valid as it is. */
export async function newStation(t: TestApp, over: Partial<StationInput> = {}): Promise<StationInput & { id: string }> {
  const c = await rotationCast(t);
  return {
    id: newId(),
    apprenticeId: c.apprentice,
    municipalityId: c.municipality,
    department: 'Standesamt',
    startsOn: '2030-03-04',
    endsOn: '2030-03-29',
    startTime: '08:00',
    mentorId: c.mentor,
    deputyId: c.deputy,
    trainingAreas: ['Standesamt'],
    ...over,
  };
}

export const stationCount = async (t: TestApp, apprenticeId: string) =>
  (
    await t.db
      .selectFrom('rotationStations')
      .select('id')
      .where('apprenticeId', '=', apprenticeId)
      .where('deleted', '=', 0)
      .execute()
  ).length;
