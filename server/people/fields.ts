import type { PersonProfile } from '../../shared/people/schema';
import type { PersonProfilesTable } from '../db/schema';
import { type FieldMap, rowFrom } from '../sync/field-map';

export const personProfileFields: FieldMap<PersonProfilesTable> = [
  ['id', 'id', 'text'],
  ['rev', 'rev', 'int'],
  ['updatedAt', 'updatedAt', 'text'],
  ['displayName', 'displayName', 'text'],
  ['email', 'email', 'text'],
  ['roles', 'roles', 'json'],
  ['skills', 'skills', 'json'],
  ['municipalityId', 'municipalityId', 'text'],
  ['employingBody', 'employingBody', 'text'],
  ['weeklyTargetMinutes', 'weeklyTargetMinutes', 'int'],
  ['activeFrom', 'activeFrom', 'text'],
  ['activeTo', 'activeTo', 'text'],
  ['dateOfBirth', 'dateOfBirth', 'text'],
  ['trainingOccupation', 'trainingOccupation', 'text'],
  ['trainingFrom', 'trainingFrom', 'text'],
  ['trainingTo', 'trainingTo', 'text'],
];

export const toPersonProfile = (r: object): PersonProfile =>
  rowFrom<PersonProfile>(personProfileFields, r as Record<string, unknown>);

/** The public `people` row's columns a profile decides, and the e-mail login uses. */
export const publicColumnsOf = (p: PersonProfile) => ({
  displayName: p.displayName,
  roles: JSON.stringify(p.roles),
  skills: JSON.stringify(p.skills),
  municipalityId: p.municipalityId,
  email: p.email,
});

/** A profile as a person's own row gives it (migration 009 does the same in SQL for existing people). */
export function profileOfPerson(p: {
  displayName: string;
  email: string;
  roles: string;
  skills: string;
  municipalityId?: string | null;
}): Omit<PersonProfilesTable, 'id' | 'associationId' | 'rev' | 'deleted' | 'updatedAt'> {
  return {
    displayName: p.displayName,
    email: p.email.toLowerCase(),
    roles: p.roles,
    skills: p.skills,
    municipalityId: p.municipalityId ?? null,
    employingBody: '',
    weeklyTargetMinutes: 0,
    activeFrom: null,
    activeTo: null,
    dateOfBirth: null,
    trainingOccupation: '',
    trainingFrom: null,
    trainingTo: null,
  };
}
