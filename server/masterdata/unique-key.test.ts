import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newId } from '../../shared/ids/ids';
import { municipalityEditableFields } from '../../shared/masterdata/schemas';
import { foreignAdmin } from '../testing/route-matrix';
import { type Device, type Draft, deviceOf, pushFrom } from '../testing/push-as';
import { startTestApp, type TestApp } from '../testing/test-app';

/** Service type codes and municipality names are what administrators pick by: one per association. */
let t: TestApp;
let admin: Device;
beforeEach(async () => {
  t = await startTestApp();
  admin = await deviceOf(t, t.logins.admin);
});
afterEach(() => t.close());

const serviceType = (code: string) => ({
  id: newId(),
  code,
  name: `Leistung ${code}`,
  hourlyRateCents: 5000,
  billingUnit: 'hour' as const,
});
const create = (code: string): Draft => ({ name: 'serviceType.create', args: serviceType(code) });
const one = async (d: Device, draft: Draft) => (await pushFrom(t, d, [draft]))[0]!;
const rowsWithCode = (code: string) =>
  t.db
    .selectFrom('serviceTypes')
    .select(['id', 'associationId'])
    .where('code', '=', code)
    .where('deleted', '=', 0)
    .execute();
const taken = { status: 'rejected', code: 'code_taken', details: [{ path: 'code', code: 'code_taken' }] };

describe('unique natural keys of master data', () => {
  it('refuses a service type code the association has already, ignoring case and spaces, naming it', async () => {
    expect((await one(admin, create('WART'))).status).toBe('applied');
    expect(await one(admin, create(' wart '))).toMatchObject(taken);
    expect(await rowsWithCode(' wart ')).toEqual([]);
    // A rename onto the code is refused too; renaming the holder first frees it, even in one push.
    const other = serviceType('PFL');
    expect((await one(admin, { name: 'serviceType.create', args: other })).status).toBe('applied');
    const rename = (id: string, from: string, to: string): Draft => ({
      name: 'serviceType.update',
      args: { id, baseRev: 0, base: { code: from }, changes: { code: to } },
    });
    expect(await one(admin, rename(other.id, 'PFL', 'Wart'))).toMatchObject(taken);
    const [holder] = await rowsWithCode('WART');
    const swap = await pushFrom(t, admin, [rename(holder!.id, 'WART', 'ALT'), create('WART')]);
    expect(swap.map((r) => r.status)).toEqual(['merged', 'applied']);
    // Two creates of one code in one push: the second sees the first.
    const twice = await pushFrom(t, admin, [create('NEU'), create('neu')]);
    expect(twice.map((r) => r.status)).toEqual(['applied', 'rejected']);
  });

  it('frees the code of a deleted service type and lets another association use it', async () => {
    const first = serviceType('ARCH');
    expect((await one(admin, { name: 'serviceType.create', args: first })).status).toBe('applied');
    const del: Draft = { name: 'serviceType.delete', args: { id: first.id, base: { code: 'ARCH' } } };
    expect((await one(admin, del)).status).toBe('applied');
    expect((await one(admin, create('ARCH'))).status).toBe('applied');
    const foreign: Device = { cookie: await foreignAdmin(t), clientId: newId(), next: 1 };
    expect((await one(foreign, create('ARCH'))).status).toBe('applied');
  });

  it('lets exactly one of several pushes in flight at once create a code', async () => {
    const devices = [admin, await deviceOf(t, t.logins.admin), await deviceOf(t, t.logins.admin)];
    const results = await Promise.all(devices.map((d) => one(d, create('GLEICH'))));
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 'applied')) expect(r).toMatchObject(taken);
    expect(await rowsWithCode('GLEICH')).toHaveLength(1);
  });

  it('refuses a second municipality of the same name in one association', async () => {
    const m = await t.db
      .selectFrom('municipalities')
      .selectAll()
      .where('associationId', '=', t.associationId!)
      .executeTakeFirstOrThrow();
    const copy = z.object(municipalityEditableFields).parse(m);
    const result = await one(admin, { name: 'municipality.create', args: { ...copy, id: newId() } });
    expect(result).toMatchObject({ status: 'rejected', code: 'name_taken', details: [{ path: 'name' }] });
  });
});
