import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClosureDay } from '../../shared/holidays/schema';
import { newId } from '../../shared/ids/ids';
import { type Device, type Draft, deviceOf, pullAll, pushFrom } from '../testing/push-as';
import { startTestApp, type TestApp } from '../testing/test-app';

/** Closure days through the real push and pull routes (SQLite, or PostgreSQL with TEST_DATABASE_URL). */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const as = (login: keyof TestApp['logins']) => deviceOf(t, t.logins[login]);
const one = async (d: Device, draft: Draft) => (await pushFrom(t, d, [draft]))[0]!;
const lead = async () =>
  (
    await t.db
      .selectFrom('municipalities')
      .select('id')
      .where('associationId', '=', t.associationId!)
      .orderBy('name')
      .executeTakeFirstOrThrow()
  ).id;
const closure = (over: Partial<ClosureDay> = {}) => ({
  id: newId(),
  date: '2026-12-07',
  municipalityId: null,
  part: 'whole' as const,
  name: 'Fenstertag',
  ...over,
});
const create = (args: ReturnType<typeof closure>): Draft => ({ name: 'closureDay.create', args });

describe('closure days', () => {
  it('are created by administrators and read by every role of the association', async () => {
    const all = closure();
    const one_ = closure({ municipalityId: await lead(), part: 'half', name: 'Gemeindefest' });
    const results = await pushFrom(t, await as('admin'), [create(all), create(one_)]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    for (const login of ['technician', 'apprentice', 'mentor', 'contact', 'coordinator'] as const) {
      const ids = (await pullAll(t, await as(login))).upserts.closureDays.map((c) => c.id);
      expect(ids, login).toEqual(expect.arrayContaining([all.id, one_.id]));
    }
  });

  it('refuses everyone but administrators, leaving nothing behind', async () => {
    for (const login of ['coordinator', 'technician', 'contact'] as const) {
      const row = closure();
      expect(await one(await as(login), create(row)), login).toMatchObject({ status: 'rejected', code: 'forbidden' });
      expect(await t.db.selectFrom('closureDays').select('id').where('id', '=', row.id).execute()).toEqual([]);
    }
  });

  it('refuses a municipality the association does not have, naming the field', async () => {
    const answer = await one(await as('admin'), create(closure({ municipalityId: newId() })));
    expect(answer).toMatchObject({
      status: 'rejected',
      code: 'unknown_reference',
      details: [{ path: 'municipalityId' }],
    });
  });

  it('keeps a municipality with closure days from deletion, and deletes a closure day as a tombstone', async () => {
    const admin = await as('admin');
    const municipalityId = await lead();
    const row = closure({ municipalityId });
    await one(admin, create(row));
    expect(await one(admin, { name: 'municipality.delete', args: { id: municipalityId, base: {} } })).toMatchObject({
      status: 'rejected',
    });
    expect(await one(admin, { name: 'closureDay.delete', args: { id: row.id, base: {} } })).toMatchObject({
      status: 'applied',
    });
    expect((await pullAll(t, await as('technician'))).upserts.closureDays.map((c) => c.id)).not.toContain(row.id);
  });

  it('lets two administrators rename one closure day at once: one applies, the other conflicts', async () => {
    const row = closure();
    const created = await one(await as('admin'), create(row));
    const baseRev = Number(created.row?.rev);
    const update = (name: string): Draft => ({
      name: 'closureDay.update',
      args: { id: row.id, baseRev, base: { name: row.name }, changes: { name } },
    });
    const [a, b] = await Promise.all([
      one(await as('admin'), update('Fenstertag Gemeindeamt')),
      one(await as('admin'), update('Fenstertag Bürgerbüro')),
    ]);
    expect([a.status, b.status].sort()).toEqual(['applied', 'conflict']);
    const stored = await t.db
      .selectFrom('closureDays')
      .select('name')
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(['Fenstertag Gemeindeamt', 'Fenstertag Bürgerbüro']).toContain(stored.name);
  });
});
