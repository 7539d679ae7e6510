import { newId } from '../../shared/ids/ids';
import type { TestApp } from '../../server/testing/test-app';
import type { WritableFixture } from './conformance-fixtures';

type SetRoles = (t: TestApp, roles: string[]) => Promise<void>;

/** Rotation stations and plans (issue 18): coordinators edit them; they leave a coordinator who loses the role. */
export const rotationFixtures = (setRoles: SetRoles) => ({
  rotationStations: {
    actor: 'coordinator',
    pick: async (d) => (await d.db.rotationStations.toArray())[0]!,
    edits: [{ department: 'Hauptamt' }, { department: 'Kämmerei' }],
    fresh: async (d) => {
      const people = await d.db.people.toArray();
      return {
        id: newId(),
        rev: 0,
        updatedAt: new Date().toISOString(),
        apprenticeId: people.find((p) => p.roles.includes('apprentice'))!.id,
        municipalityId: (await d.db.municipalities.toArray())[0]!.id,
        department: 'Standesamt',
        // Years after the demo's plan: no overlap.
        startsOn: '2030-03-04',
        endsOn: '2030-03-29',
        startTime: '08:00',
        mentorId: people.find((p) => p.roles.includes('mentor'))!.id,
        deputyId: null,
        trainingAreas: ['Personenstandswesen'],
      };
    },
    leave: { observer: 'coordinator', run: (t) => setRoles(t, ['staff']) },
  } satisfies WritableFixture<'rotationStations'>,
  rotationPlans: {
    actor: 'coordinator',
    pick: async (d) => (await d.db.rotationPlans.toArray())[0]!,
    edits: [{ trainingAreas: ['Meldewesen'] }, { trainingAreas: ['Haushalt'] }],
    // Both demo apprentices have a plan: a new one is prepared for someone without (an incoming apprentice).
    fresh: async (d) => {
      const planned = new Set((await d.db.rotationPlans.toArray()).map((p) => p.apprenticeId));
      return {
        id: newId(),
        rev: 0,
        updatedAt: new Date().toISOString(),
        apprenticeId: (await d.db.people.toArray()).find((p) => !planned.has(p.id))!.id,
        trainingAreas: ['Bürgerservice'],
      };
    },
    leave: { observer: 'coordinator', run: (t) => setRoles(t, ['staff']) },
  } satisfies WritableFixture<'rotationPlans'>,
});
