import type { TestApp } from './test-app';

/** The id of the demo person with this e-mail. */
export async function personIdOf(t: TestApp, email: string): Promise<string> {
  const row = await t.db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return row.id;
}

/** Asks for an invitation link as `cookie`; the response as it came. */
export const inviteRequest = (t: TestApp, cookie: string, personId: string, headers: Record<string, string> = {}) =>
  t.request(`/api/admin/people/${personId}/invitation`, { method: 'POST', cookie, headers });

/** An invitation link's token, for the person, asked for by `cookie` (an admin's). */
export async function inviteToken(t: TestApp, cookie: string, personId: string): Promise<string> {
  const res = await inviteRequest(t, cookie, personId);
  if (res.status !== 201) throw new Error(`invite failed: ${res.status} ${await res.text()}`);
  const { link } = (await res.json()) as { link: string };
  return link.slice(link.lastIndexOf('/') + 1);
}

export const setPassword = (t: TestApp, token: string, password: string) =>
  t.request(`/api/invitations/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ password }),
  });

export const adminPost = (t: TestApp, cookie: string, personId: string, act: 'deactivate' | 'reactivate') =>
  t.request(`/api/admin/people/${personId}/${act}`, { method: 'POST', cookie });

/** The session cookie a response set, as a request's Cookie header value. */
export const cookieFrom = (res: Response): string => (res.headers.get('set-cookie') ?? '').split(';')[0]!;

export const NEW_PASSWORD = 'Gnesau-Wiesenweg-2026';
