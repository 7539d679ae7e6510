import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { down, up } from './009-person-profiles';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

describe('migration 009', () => {
  it("gives every existing person a profile with fresh revisions of the person's association", async () => {
    await t.db
      .updateTable('people')
      .set({ email: 'Gross.Geschrieben@Demo.Example' })
      .where('email', '=', t.logins.cover)
      .execute();
    await down(t.db as unknown as Kysely<unknown>);
    const counter = async () =>
      Number(
        (
          await t.db
            .selectFrom('syncState')
            .select('rev')
            .where('associationId', '=', t.associationId!)
            .executeTakeFirstOrThrow()
        ).rev,
      );
    const before = await counter();
    await up(t.db as unknown as Kysely<unknown>);

    const people = await t.db.selectFrom('people').selectAll().where('deleted', '=', 0).orderBy('id').execute();
    const profiles = await t.db.selectFrom('personProfiles').selectAll().orderBy('id').execute();
    expect(profiles.map((p) => p.id)).toEqual(people.map((p) => p.id));
    for (const [i, p] of people.entries()) {
      expect(profiles[i]).toMatchObject({
        associationId: p.associationId,
        displayName: p.displayName,
        email: p.email.toLowerCase(),
        roles: p.roles,
        skills: p.skills,
        municipalityId: p.municipalityId,
        deleted: 0,
      });
    }
    // Each a revision of its own after the counter, and the counter moved past them.
    const revs = profiles.map((p) => Number(p.rev)).sort((a, b) => a - b);
    expect(revs).toEqual(Array.from({ length: people.length }, (_, i) => before + 1 + i));
    expect(await counter()).toBe(before + people.length);
    expect(profiles.find((p) => p.email === 'gross.geschrieben@demo.example')).toBeDefined();
  });
});
