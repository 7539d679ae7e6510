import type { SessionUser } from '../../shared/auth/schemas';
import { newId } from '../../shared/ids/ids';

/** A staff member of a fresh association, for client tests that need no server. */
export const staffUser = (): SessionUser => ({
  id: newId(),
  associationId: newId(),
  associationName: 'Test',
  timeZone: 'Europe/Vienna',
  email: 'a@example.org',
  displayName: 'A',
  roles: ['staff'],
  capabilities: ['time.log-own'],
});
