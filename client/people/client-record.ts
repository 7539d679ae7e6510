import type { ClientRecord } from '../sync/client-record';
import { updatePersonProfile } from './local-writes';
import { personProfileRows } from './profile-rows';

const pick = (row: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((f) => f in row).map((f) => [f, row[f]]));

/** Personal details on administrators' devices, edited at /verwaltung/personen/:id. */
export const personProfileClient: ClientRecord<'personProfiles'> = {
  ...personProfileRows,
  labels: {
    displayName: 'person.displayName',
    email: 'person.email',
    roles: 'person.roles',
    skills: 'person.skills',
    municipalityId: 'person.municipalityId',
    employingBody: 'person.employingBody',
    weeklyTargetMinutes: 'person.weeklyTargetMinutes',
    activeFrom: 'person.activeFrom',
    activeTo: 'person.activeTo',
    dateOfBirth: 'person.dateOfBirth',
    trainingOccupation: 'person.trainingOccupation',
    trainingFrom: 'person.trainingFrom',
    trainingTo: 'person.trainingTo',
  },
  conflict: {
    async keepMine(db, _user, c) {
      if (c.mine) await updatePersonProfile(db, c.rowId, pick(c.mine, c.fields));
      return c.rowId;
    },
    route: (rowId) => `/verwaltung/personen/${rowId}`,
    // A refused new person (an e-mail taken in another association) opens in the form, with her data.
    resend: (mutationId) => `/verwaltung/personen/neu?problem=${mutationId}`,
    needs: ['association.manage'],
  },
};
