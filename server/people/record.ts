import { scope } from '../sync/scope';
import { serverRecord } from '../sync/server-record';
import { personProfileFields } from './fields';
import { createPersonProfile, updatePersonProfile } from './mutators';

export const personProfileServerRecord = serverRecord({
  table: 'personProfiles',
  fields: personProfileFields,
  // E-mail, dates of birth and contracts are the administration's and the planners' (skills, weekly target
  // and the minors' rules decide who may be planned): colleagues read `people` instead. A worker reads her
  // own profile, so the time entry form warns her of the minors' limits until her 18th birthday.
  read: scope.anyOf(scope.all('association.manage'), scope.all('assignments.plan'), scope.own('id', 'time.log-own')),
  // The public row of the same id is written with the profile; read with the push's other rows.
  references: { id: 'people', municipalityId: 'municipalities' },
  mutators: {
    'personProfile.create': createPersonProfile,
    'personProfile.update': updatePersonProfile,
  },
});
