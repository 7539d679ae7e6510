import { zone } from '../../working-time/testing/work';
import type { CandidatePerson } from '../candidate-index';

/** The zone the candidate tests plan in, and an instant of it as the rows store it. */
export const z = zone('Europe/Berlin');
export const iso = (date: string, hhmm: string): string => new Date(z.at(date, hhmm)).toISOString();

/** An active adult member of staff with one skill and a 40-hour week, unless `more` says otherwise. */
export const person = (id: string, more: Partial<CandidatePerson> = {}): CandidatePerson => ({
  id,
  displayName: id,
  roles: ['staff'],
  skills: ['Meldewesen'],
  activeFrom: null,
  activeTo: null,
  weeklyTargetMinutes: 2400,
  dateOfBirth: null,
  active: true,
  ...more,
});
