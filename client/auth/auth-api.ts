import type { SessionUser } from '../../shared/auth/schemas';
import { ApiError, browserTransport, callJson, OfflineError } from '../api/http';
import { db, markExpired, refreshUser, resumeSession, user } from './session';

const PENDING_LOGOUT_KEY = 'ikz.pendingLogout';

export async function requestLogin(email: string, password: string): Promise<SessionUser> {
  await flushPendingLogout();
  const res = await callJson<{ user: SessionUser }>(browserTransport, '/api/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email, password }),
  });
  return res.user;
}

/** Ends the server session; offline, it is remembered and sent on the next start with a connection. */
export async function requestLogout(): Promise<void> {
  try {
    await callJson(browserTransport, '/api/auth/logout', { method: 'POST' });
    localStorage.removeItem(PENDING_LOGOUT_KEY);
  } catch (err) {
    if (err instanceof OfflineError) localStorage.setItem(PENDING_LOGOUT_KEY, '1');
    // Any other answer (401: already gone) means there is nothing left to end.
  }
}

/** Sends a logout that could not be sent before; must run before a new login sets a new cookie. */
export async function flushPendingLogout(): Promise<void> {
  if (localStorage.getItem(PENDING_LOGOUT_KEY) !== '1') return;
  await requestLogout();
}

/** Checks the stored session in the background: 401 asks for the password again, no network changes nothing. */
export async function checkSession(): Promise<void> {
  if (!user()) {
    await flushPendingLogout();
    return;
  }
  try {
    const res = await callJson<{ user: SessionUser }>(browserTransport, '/api/auth/me');
    if (res.user.id === user()?.id) refreshUser(res.user);
    else markExpired();
  } catch (err) {
    // Deactivated while the app was closed: the sync engine will not run again, so the data goes here.
    const local = db();
    // Loaded only then: it is the sync engine's code, not part of the first screen.
    if (err instanceof ApiError && err.code === 'session_revoked' && local)
      await (await import('../sync/access-ended')).removeDataAfterAccessEnded(local);
    if (err instanceof ApiError && err.status === 401) markExpired();
  }
}

/** For a signed-in page opened with no stored person: resumes the cookie's session (GET /api/auth/me). */
export function resumeFromCookie(): Promise<void> {
  return resumeSession(async () => {
    // A logout not yet sent means this cookie's session is meant to end, not to resume.
    await flushPendingLogout();
    if (localStorage.getItem(PENDING_LOGOUT_KEY) === '1') return null;
    return (await callJson<{ user: SessionUser }>(browserTransport, '/api/auth/me')).user;
  });
}
