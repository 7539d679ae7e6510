import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dbNameFor, LocalDb } from '../db/local-db';
import { staffUser } from '../testing/fixtures';
import { db, endSession, resumeSession, resuming, user } from './session';

// session.ts keeps the signed-in person in localStorage, which Node lacks.
beforeEach(() => {
  const store = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  });
});
afterEach(async () => {
  await db()?.delete();
  endSession();
  vi.unstubAllGlobals();
});

describe('resumeSession (a signed-in page opened with no stored person)', () => {
  it("signs in the cookie's person and is resuming until the server has answered", async () => {
    const u = staffUser();
    let answer: (v: typeof u) => void = () => undefined;
    const done = resumeSession(() => new Promise((r) => (answer = r)));
    expect(resuming()).toBe(true);
    expect(user()).toBeNull();
    answer(u);
    await done;
    expect(resuming()).toBe(false);
    expect(user()?.id).toBe(u.id);
    expect(db()?.name).toBe(dbNameFor(u.id));
    expect(JSON.parse(localStorage.getItem('ikz.user') ?? 'null')).toMatchObject({ id: u.id });
  });

  it('stays signed out when there is no session or the server cannot be reached', async () => {
    await resumeSession(async () => null);
    expect(user()).toBeNull();
    await resumeSession(() => Promise.reject(new Error('offline')));
    expect(user()).toBeNull();
    expect(resuming()).toBe(false);
  });

  it("does not resume over another person's local data (the login page warns about it first)", async () => {
    const other = new LocalDb(dbNameFor('someone-else'));
    await other.open();
    try {
      await resumeSession(async () => staffUser());
      expect(user()).toBeNull();
    } finally {
      await other.delete();
    }
  });
});
