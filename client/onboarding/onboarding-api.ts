import type { SessionUser } from '../../shared/auth/schemas';
import type { InvitationCreated, InvitationInfo, PersonAccess } from '../../shared/onboarding/schemas';
import { browserTransport, callJson } from '../api/http';

// Online only: invitations and access changes are acts of the server, not synced edits.
const enc = encodeURIComponent;

export const invitationInfo = (token: string) =>
  callJson<InvitationInfo>(browserTransport, `/api/invitations/${enc(token)}`);

export const acceptInvitation = (token: string, password: string) =>
  callJson<{ user: SessionUser }>(browserTransport, `/api/invitations/${enc(token)}`, {
    method: 'POST',
    body: JSON.stringify({ password }),
  });

export const personAccess = (id: string) =>
  callJson<PersonAccess>(browserTransport, `/api/admin/people/${enc(id)}/access`);

export const invitePerson = (id: string) =>
  callJson<InvitationCreated>(browserTransport, `/api/admin/people/${enc(id)}/invitation`, { method: 'POST' });

export const setPersonActive = (id: string, active: boolean) =>
  callJson<{ active: boolean }>(
    browserTransport,
    `/api/admin/people/${enc(id)}/${active ? 'reactivate' : 'deactivate'}`,
    {
      method: 'POST',
    },
  );
