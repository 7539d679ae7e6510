import { type AccountSession, accountSessionsResponseSchema } from '../../shared/account/schemas';
import { browserTransport, callJson, type Transport } from '../api/http';

export async function fetchSessions(transport: Transport = browserTransport): Promise<AccountSession[]> {
  return accountSessionsResponseSchema.parse(await callJson(transport, '/api/account/sessions')).sessions;
}

export async function endOtherSessions(transport: Transport = browserTransport): Promise<number> {
  return (await callJson<{ ended: number }>(transport, '/api/account/sessions/end-others', { method: 'POST' })).ended;
}

export async function changePassword(
  currentPassword: string,
  newPassword: string,
  transport: Transport = browserTransport,
): Promise<void> {
  await callJson(transport, '/api/account/password', {
    method: 'POST',
    body: JSON.stringify({ currentPassword, newPassword }),
  });
}
