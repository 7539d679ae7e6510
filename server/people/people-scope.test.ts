import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionUserSchema } from '../../shared/auth/schemas';
import { serverRecords } from '../sync/registry';
import { scopeFacts, scopeKeyOf } from '../sync/scope-facts';
import { demoCallers } from '../testing/route-matrix';
import { newProfile, pushDevice, pushOne } from '../testing/people-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

type RawPage = { more: boolean; cursor: number; upserts: Record<string, Record<string, unknown>[]> };

/** Every page of a first pull, as the JSON the server sent (not parsed: extra fields would be dropped). */
async function pullRaw(cookie: string): Promise<RawPage['upserts']> {
  const all: RawPage['upserts'] = {};
  for (let cursor = 0; ; ) {
    const res = await t.request(`/api/sync/pull?cursor=${cursor}&limit=5000`, { cookie });
    expect(res.status).toBe(200);
    const page = (await res.json()) as RawPage;
    for (const [table, rows] of Object.entries(page.upserts)) all[table] = [...(all[table] ?? []), ...rows];
    if (!page.more) return all;
    cursor = page.cursor;
  }
}

describe('who receives personal details', () => {
  it.each(demoCallers)(
    '$label: all profiles for admins and planners, a worker her own, public people rows never with e-mail',
    async (caller) => {
      // A fresh profile too, so a change pushed after the first pull is covered as well as the seed.
      await pushOne(t, pushDevice(await t.login(t.logins.admin)), 'personProfile.create', newProfile());
      const cookie = await caller.login(t);
      const upserts = await pullRaw(cookie);
      const profiles = upserts.personProfiles ?? [];
      const me = ((await (await t.request('/api/auth/me', { cookie })).json()) as { user: { id: string } }).user.id;
      // Planners decide who may be planned: skills, weekly target, the minors' rules (date of birth).
      if (caller.roles.includes('admin') || caller.roles.includes('coordinator')) {
        const count = await t.db.selectFrom('personProfiles').select('id').execute();
        expect(profiles).toHaveLength(count.length);
        expect(profiles.every((p) => typeof p.email === 'string')).toBe(true);
      } else if (caller.roles.includes('municipality_contact')) {
        expect(profiles).toEqual([]);
      } else {
        // Those who log hours get their own (the minors' limits follow the date of birth), nobody else's.
        expect(profiles.map((p) => p.id)).toEqual([me]);
      }
      const people = upserts.people ?? [];
      expect(people.length).toBeGreaterThan(0);
      for (const p of people) {
        expect(p).not.toHaveProperty('email');
        expect(p).not.toHaveProperty('passwordHash');
      }
    },
  );
});

describe('the pull scope key', () => {
  it('names the read scopes of the code, so a release that widens them makes devices pull again', async () => {
    const res = await t.request('/api/auth/me', { cookie: await t.login(t.logins.coordinator) });
    const me = sessionUserSchema.parse(((await res.json()) as { user: unknown }).user);
    const { facts, key: before } = await scopeFacts(t.db, me, new Date());
    expect(scopeKeyOf(facts)).toBe(before);
    const record = serverRecords.personProfiles as { read: unknown };
    const saved = record.read;
    try {
      // Stands for a release whose code reads profiles differently; the key is made from the registry.
      record.read = { kind: 'association' };
      expect(scopeKeyOf(facts)).not.toBe(before);
    } finally {
      record.read = saved;
    }
  });
});
