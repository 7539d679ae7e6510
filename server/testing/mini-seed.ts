import { settingsRowFor } from '../masterdata/settings-row';
import type { Kysely } from 'kysely';
import { newId } from '../../shared/ids/ids';
import { instantOf } from '../../shared/time/dates';
import { createSession } from '../auth/sessions';
import type { DB } from '../db/schema';

export type MiniWorld = {
  associationId: string;
  people: { tech: string; tech2: string; coordinator: string };
  municipalityIds: string[];
  serviceTypeId: string;
  cookieFor: (personId: string) => Promise<string>;
};

/** A tiny association for many fast randomized runs: two technicians, a coordinator, a few assignments. */
export async function seedMini(db: Kysely<DB>, now: Date, date: string): Promise<MiniWorld> {
  const associationId = newId();
  const stamp = now.toISOString();
  let rev = 0;
  const meta = () => ({ associationId, rev: ++rev, deleted: 0, updatedAt: stamp });
  const municipalityIds = [newId(), newId()];
  const siteId = newId();
  const serviceTypeId = newId();
  const people = { tech: newId(), tech2: newId(), coordinator: newId() };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('associations')
      .values({ id: associationId, name: 'Mini', timeZone: 'Europe/Vienna', country: 'AT', createdAt: stamp })
      .execute();
    await trx
      .insertInto('associationSettings')
      .values(
        settingsRowFor({
          id: associationId,
          name: 'Mini',
          timeZone: 'Europe/Vienna',
          country: 'AT',
          state: 'AT-2',
          ...meta(),
        }),
      )
      .execute();
    for (const [i, id] of municipalityIds.entries())
      await trx
        .insertInto('municipalities')
        .values({ id, ...meta(), name: `Gemeinde ${i}`, country: 'AT', state: 'AT-2' })
        .execute();
    await trx
      .insertInto('sites')
      .values({
        id: siteId,
        ...meta(),
        municipalityId: municipalityIds[0]!,
        name: 'Volksschule',
        kind: 'school',
        street: 'Schulweg 1',
        postalCode: '9560',
        city: 'Ort',
      })
      .execute();
    await trx
      .insertInto('serviceTypes')
      .values({ id: serviceTypeId, ...meta(), code: 'IT', name: 'IT', hourlyRateCents: 6000 })
      .execute();
    for (const [key, roles] of [
      ['tech', ['staff']],
      ['tech2', ['staff']],
      ['coordinator', ['coordinator']],
    ] as const) {
      await trx
        .insertInto('people')
        .values({
          id: people[key],
          ...meta(),
          email: `${key}-${associationId}@mini.example`,
          displayName: key,
          roles: JSON.stringify(roles),
          skills: '[]',
          passwordHash: null,
          active: 1,
          createdAt: stamp,
        })
        .execute();
    }
    for (let i = 0; i < 4; i++) {
      await trx
        .insertInto('assignments')
        .values({
          id: newId(),
          ...meta(),
          personId: i < 3 ? people.tech : people.tech2,
          municipalityId: municipalityIds[0]!,
          siteId,
          serviceTypeId,
          plannedStart: instantOf('Europe/Vienna', date, `${String(8 + i).padStart(2, '0')}:00`).toISOString(),
          plannedEnd: instantOf('Europe/Vienna', date, `${String(8 + i).padStart(2, '0')}:45`).toISOString(),
          task: `Aufgabe ${i}`,
          status: 'planned',
          workerNotes: '',
          createdAt: stamp,
        })
        .execute();
    }
    await trx.insertInto('syncState').values({ associationId, rev }).execute();
  });
  return {
    associationId,
    people,
    municipalityIds,
    serviceTypeId,
    cookieFor: async (personId) => {
      const { token } = await createSession(db, { id: personId, associationId }, now, 30);
      return `ikz_session=${token}`;
    },
  };
}
