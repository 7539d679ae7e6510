import type { Issue } from '../errors/errors';
import type { PersonProfile } from './schema';

type Checked = Pick<
  PersonProfile,
  'activeFrom' | 'activeTo' | 'dateOfBirth' | 'trainingFrom' | 'trainingTo' | 'roles' | 'municipalityId'
>;

/** Codes of the rules across fields; the form and the server name the same field. */
export const ProfileRule = {
  activeToBeforeFrom: 'active_to_before_from',
  trainingToBeforeFrom: 'training_to_before_from',
  birthInFuture: 'birth_in_future',
  municipalityRequired: 'municipality_required',
} as const;

/**
 * Rules a profile must keep beyond each field's own schema; `today` is the association's date (the
 * server's clock, never the phone's). Dates are ISO strings, so their order is the strings' order.
 */
export function checkProfile(p: Checked, today: string): Issue[] {
  const issues: Issue[] = [];
  if (p.activeFrom && p.activeTo && p.activeTo < p.activeFrom)
    issues.push({ path: 'activeTo', code: ProfileRule.activeToBeforeFrom, message: 'Active to is before active from' });
  if (p.trainingFrom && p.trainingTo && p.trainingTo < p.trainingFrom)
    issues.push({
      path: 'trainingTo',
      code: ProfileRule.trainingToBeforeFrom,
      message: 'Training ends before it starts',
    });
  if (p.dateOfBirth && p.dateOfBirth > today)
    issues.push({ path: 'dateOfBirth', code: ProfileRule.birthInFuture, message: 'Date of birth is in the future' });
  // A contact speaks for one municipality and reads what is booked to it (server/sync/scope.ts): without one, nothing.
  if (p.roles.includes('municipality_contact') && !p.municipalityId)
    issues.push({
      path: 'municipalityId',
      code: ProfileRule.municipalityRequired,
      message: 'A municipality contact needs a municipality',
    });
  return issues;
}
