import { createSignal } from 'solid-js';
import type { SessionUser } from '../../shared/auth/schemas';
import { otherPeoplesData, removeOtherPeoplesData } from '../db/device-wipe';
import { dbNameFor, LocalDb } from '../db/local-db';

const USER_KEY = 'ikz.user';

/** Enough of a shape check that a damaged localStorage value cannot crash the start. */
function isSessionUser(v: unknown): v is SessionUser {
  if (typeof v !== 'object' || v === null) return false;
  const u = v as Record<string, unknown>;
  return (
    typeof u['id'] === 'string' &&
    typeof u['timeZone'] === 'string' &&
    typeof u['displayName'] === 'string' &&
    Array.isArray(u['roles'])
  );
}

function storedUser(): SessionUser | null {
  try {
    const raw = localStorage.getItem(USER_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return isSessionUser(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

const initialUser = storedUser();
const [user, setUser] = createSignal<SessionUser | null>(initialUser);
const [db, setDb] = createSignal<LocalDb | null>(initialUser ? new LocalDb(dbNameFor(initialUser.id)) : null);
/** The server no longer accepts the session: ask for the password again, keep local data. */
const [expired, setExpired] = createSignal(false);

/** A signed-in page was opened with no person stored here; the server is asked whose the cookie is. */
const [resuming, setResuming] = createSignal(false);

export { db, expired, resuming, user };
export const signedIn = (): boolean => user() !== null && !expired();

/**
 * Makes `u` the signed-in person; their own database is opened (or kept, when it is the same person).
 * Anyone else's database on the device is deleted first: a shared phone shows the next person nothing
 * of the one before (the login page has warned about unsent changes that go with it).
 */
export async function startSession(u: SessionUser): Promise<void> {
  const current = db();
  if (!current || current.name !== dbNameFor(u.id)) {
    current?.close();
    setDb(null);
    await removeOtherPeoplesData(u.id, current ? [current.name] : []);
    setDb(new LocalDb(dbNameFor(u.id)));
  }
  localStorage.setItem(USER_KEY, JSON.stringify(u));
  setUser(u);
  setExpired(false);
}

/**
 * Resumes the session the browser's cookie holds when no person is stored on the device (a fresh
 * browser profile, cleared site storage). `resuming()` turns true at once, so the page waits for the
 * answer instead of sending the person to /login first. `whoAmI` answers null when there is no session.
 */
export async function resumeSession(whoAmI: () => Promise<SessionUser | null>): Promise<void> {
  if (user() || resuming()) return;
  setResuming(true);
  try {
    const u = await whoAmI().catch(() => null);
    // Another person's database would be deleted without the login page's warning about unsent changes.
    if (u && !user() && (await otherPeoplesData(u.id)).length === 0) await startSession(u);
  } finally {
    setResuming(false);
  }
}

/** Unsent changes of the person whose session expired, when someone else is about to sign in. */
export async function unsentOfOtherPerson(email: string): Promise<{ name: string; count: number } | null> {
  const previous = user();
  const current = db();
  if (!previous || !current || previous.email.toLowerCase() === email.trim().toLowerCase()) return null;
  const count = await current.outbox.count();
  return count > 0 ? { name: previous.displayName, count } : null;
}

/** Keeps a newer copy of the profile (name, roles) without touching the database. */
export function refreshUser(u: SessionUser): void {
  if (u.id !== user()?.id) return;
  localStorage.setItem(USER_KEY, JSON.stringify(u));
}

export function markExpired(): void {
  if (user()) setExpired(true);
}

export function endSession(): void {
  localStorage.removeItem(USER_KEY);
  setDb(null);
  setUser(null);
  setExpired(false);
}
