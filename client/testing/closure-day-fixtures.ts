import { newId } from '../../shared/ids/ids';
import { leaveAssociation, type WritableFixture } from './conformance-fixtures';

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
    // Everyone in the association reads closure days: one leaves a device whose person leaves the association.
    leave: { observer: 'technician', run: leaveAssociation },
  },
};
