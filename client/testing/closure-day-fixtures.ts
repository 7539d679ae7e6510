import { newId } from '../../shared/ids/ids';
import type { TestApp } from '../../server/testing/test-app';
import type { WritableFixture } from './conformance-fixtures';

/** Everyone in the association reads closure days: one leaves a device whose person leaves the association. */
const leaveAssociation = async (t: TestApp) => {
  await t.db
    .updateTable('people')
    .set({ roles: JSON.stringify(['visitor']) })
    .where('email', '=', t.logins.technician)
    .execute();
};

export const closureDayFixtures: { closureDays: WritableFixture<'closureDays'> } = {
  closureDays: {
    actor: 'admin',
    // The demo's staff outing (server/demo/closure-days.ts).
    pick: async (d) => (await d.db.closureDays.toArray()).find((c) => c.name === 'Betriebsausflug')!,
    edits: [{ name: 'Betriebsausflug Ossiacher See' }, { name: 'Betriebsausflug Gerlitzen' }],
    fresh: async () => ({
      id: newId(),
      rev: 0,
      updatedAt: new Date().toISOString(),
      date: '2026-12-07',
      municipalityId: null,
      part: 'whole',
      name: 'Fenstertag',
    }),
    leave: { observer: 'technician', run: leaveAssociation },
  },
};
