import { can, type HasRoles } from './capabilities';

type Person = HasRoles & { readonly id: string };
type Owned = { readonly personId: string };

/** Status and notes: planners may change any assignment, workers their own (server/assignments/mutators.ts). */
export const mayWorkOn = (user: Person, a: Owned): boolean =>
  can(user, 'assignments.plan') || (a.personId === user.id && can(user, 'assignments.work-own'));

/** Time is logged for one's own assignments only: the server refuses a link to someone else's. */
export const mayLogTimeFor = (user: Person, a: Owned): boolean => a.personId === user.id && can(user, 'time.log-own');
