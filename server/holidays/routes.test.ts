import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/errors/errors';
import { holidaysResponseSchema } from '../../shared/holidays/schema';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let technician: string;
beforeEach(async () => {
  t = await startTestApp();
  technician = await t.login(t.logins.technician);
});
afterEach(() => t.close());

const get = (query: string) => t.request(`/api/holidays${query}`, { cookie: technician });

describe('GET /api/holidays', () => {
  it("answers each municipality's public holidays of its country and state, within the range", async () => {
    const [ossiach] = await t.db
      .selectFrom('municipalities')
      .select(['id', 'country', 'state'])
      .where('associationId', '=', t.associationId!)
      .where('name', '=', 'Ossiach')
      .execute();
    const res = await get('?from=2026-12-01&to=2027-01-06');
    expect(res.status).toBe(200);
    const body = holidaysResponseSchema.parse(await res.json());
    const ossiachDays = body.holidays.filter((h) => h.municipalityId === ossiach!.id).map((h) => h.date);
    // Carinthia: Mariä Empfängnis, Christtag, Stefanitag, Neujahr, Heilige Drei Könige; no Heiligabend.
    expect(ossiachDays).toEqual(['2026-12-08', '2026-12-25', '2026-12-26', '2027-01-01', '2027-01-06']);
    expect(body).toMatchObject({ from: '2026-12-01', to: '2027-01-06' });
  });

  it('leaves out municipalities that were deleted', async () => {
    const [m] = await t.db
      .selectFrom('municipalities')
      .select('id')
      .where('associationId', '=', t.associationId!)
      .execute();
    await t.db.updateTable('municipalities').set({ deleted: 1 }).where('id', '=', m!.id).execute();
    const body = holidaysResponseSchema.parse(await (await get('?from=2026-12-24&to=2026-12-26')).json());
    expect(body.holidays.length).toBeGreaterThan(0);
    expect(body.holidays.map((h) => h.municipalityId)).not.toContain(m!.id);
  });

  it.each([
    ['', 'from'],
    ['?from=2026-01-01', 'to'],
    ['?from=2026-13-01&to=2026-12-31', 'from'],
    ['?from=2026-01-01&to=morgen', 'to'],
    ['?from=2026-12-31&to=2026-01-01', 'to'],
    // Two years and a day: more than a device keeps.
    ['?from=2026-01-01&to=2028-01-02', 'to'],
  ])('answers bad input %s with 400 naming the field', async (query, field) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = errorBodySchema.parse(await res.json());
    expect(body.code).toBe('validation_failed');
    expect(body.details?.map((d) => d.path)).toContain(field);
  });

  it('answers two whole years, this one and the next, as the device asks', async () => {
    expect((await get('?from=2026-01-01&to=2027-12-31')).status).toBe(200);
  });
});
