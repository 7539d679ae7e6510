import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors/errors';
import { pullResponseSchema } from '../../shared/sync/protocol';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';
import { createAssociation } from './create-association';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ seed: false });
});
afterEach(() => t.close());

const input = {
  associationName: 'Zweckverband Rheinland (Test)',
  timeZone: 'Europe/Berlin',
  country: 'DE' as const,
  adminEmail: 'Admin@Verband.example',
  adminName: 'Erika Beispiel',
  password: 'ein-langes-passwort',
};

describe('createAssociation', () => {
  it('creates a tenant whose first administrator can log in', async () => {
    await createAssociation(t.db, input, TEST_NOW);
    const cookie = await t.login('admin@verband.example', input.password);
    const me = (await (await t.request('/api/auth/me', { cookie })).json()) as {
      user: { roles: string[]; capabilities: string[]; timeZone: string };
    };
    expect(me.user.roles).toEqual(['admin']);
    expect(me.user.capabilities).toContain('association.manage');
    expect(me.user.timeZone).toBe('Europe/Berlin');
  });

  it('refuses a short password, an unknown time zone and a taken e-mail', async () => {
    await expect(createAssociation(t.db, { ...input, password: 'kurz' }, TEST_NOW)).rejects.toThrow(AppError);
    await expect(createAssociation(t.db, { ...input, timeZone: 'Mars/Olympus' }, TEST_NOW)).rejects.toThrow(
      /Invalid input/,
    );
    await createAssociation(t.db, input, TEST_NOW);
    await expect(createAssociation(t.db, { ...input, associationName: 'Zweiter' }, TEST_NOW)).rejects.toThrow(
      /exists already/,
    );
  });

  it('gives the new association the settings row its members pull', async () => {
    const { associationId } = await createAssociation(t.db, input, TEST_NOW);
    const cookie = await t.login('admin@verband.example', input.password);
    const pulled = pullResponseSchema.parse(await (await t.request('/api/sync/pull?cursor=0', { cookie })).json());
    expect(pulled.upserts.associationSettings).toEqual([
      expect.objectContaining({
        id: associationId,
        name: input.associationName,
        country: 'DE',
        state: 'DE-HE',
        timeZone: 'Europe/Berlin',
        lawPack: 'DE-ArbZG',
      }),
    ]);
  });
});
