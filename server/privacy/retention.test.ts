import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullAll } from '../testing/pull-all';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';
import { runRetention } from './retention';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const DAY = 86_400_000;

const personId = async (email: string): Promise<string> =>
  (await t.db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

const liveEntries = async (id: string): Promise<string[]> =>
  (await t.db.selectFrom('timeEntries').select('id').where('personId', '=', id).where('deleted', '=', 0).execute()).map(
    (r) => r.id,
  );

/** Deactivates and erases a person through the admin routes at the given time. */
async function eraseAt(email: string, at: Date): Promise<string> {
  t.setNow(at);
  const id = await personId(email);
  const admin = await t.login(t.logins.admin);
  expect((await t.request(`/api/admin/people/${id}/deactivate`, { method: 'POST', cookie: admin })).status).toBe(200);
  const res = await t.request(`/api/admin/people/${id}/erase`, { method: 'POST', cookie: admin });
  expect(res.status).toBe(200);
  return id;
}

describe('retention job', () => {
  it("deletes only expired erased persons' time records, as tombstones, audited", async () => {
    const expired = await eraseAt(t.logins.technician, TEST_NOW);
    const kept = await eraseAt(t.logins.cover, new Date(TEST_NOW.getTime() + 30 * DAY));
    const active = await personId(t.logins.apprentice);
    const [expiredEntries, keptEntries, activeEntries] = [
      await liveEntries(expired),
      await liveEntries(kept),
      await liveEntries(active),
    ];
    expect(expiredEntries.length).toBeGreaterThan(0);
    expect(keptEntries.length).toBeGreaterThan(0);

    // The day before the two years are over (in Vienna): nothing yet.
    expect(await runRetention(t.db, t.dialect, new Date('2028-11-17T22:59:00Z'))).toBe(0);
    expect(await liveEntries(expired)).toEqual(expiredEntries);

    // A coordinator's device that kept syncing all along (its session kept alive; a login two years
    // ahead of the real clock would set a cookie expiry beyond the 400 days browsers accept).
    const coordinator = await t.login(t.logins.coordinator);
    await t.db.updateTable('sessions').set({ expiresAt: '2030-01-01T00:00:00.000Z' }).execute();
    const at = new Date('2028-11-17T23:00:00Z'); // midnight of 18 November 2028 in Vienna
    t.setNow(at);
    const { cursor } = await pullAll(t, coordinator);
    expect(await runRetention(t.db, t.dialect, at)).toBe(expiredEntries.length);
    expect(await liveEntries(expired)).toEqual([]);
    expect(await liveEntries(kept)).toEqual(keptEntries);
    expect(await liveEntries(active)).toEqual(activeEntries);
    const gone = await t.db.selectFrom('timeEntries').selectAll().where('personId', '=', expired).execute();
    for (const row of gone) expect(row).toMatchObject({ deleted: 1, note: '', startTime: '00:00', endTime: '00:00' });

    const { pages } = await pullAll(t, coordinator, cursor);
    expect(pages.flatMap((p) => p.deletes.timeEntries).sort()).toEqual([...expiredEntries].sort());

    const audit = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'retention.delete').execute();
    expect(audit).toEqual([expect.objectContaining({ actorId: null, rowId: expired, tableName: 'timeEntries' })]);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ count: expiredEntries.length });

    // Run again (next day, or a second server process): done once.
    expect(await runRetention(t.db, t.dialect, new Date(at.getTime() + DAY))).toBe(0);
    expect(
      await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'retention.delete').execute(),
    ).toHaveLength(1);
  });

  it('runs twice at once without deleting or auditing twice', async () => {
    const expired = await eraseAt(t.logins.technician, TEST_NOW);
    const count = (await liveEntries(expired)).length;
    const at = new Date('2029-01-01T12:00:00Z');
    const results = await Promise.all([runRetention(t.db, t.dialect, at), runRetention(t.db, t.dialect, at)]);
    expect(results.sort()).toEqual([0, count]);
    expect(
      await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'retention.delete').execute(),
    ).toHaveLength(1);
  });
});
