import { newId } from '../../shared/ids/ids';
import type { Draft } from '../../server/testing/push-as';
import { deviceOf, pushFrom } from '../../server/testing/push-as';
import type { TestApp } from '../../server/testing/test-app';
import { leaveAssociation, type WritableFixture } from './conformance-fixtures';

type Row = Record<string, unknown> & { id: string; rev: number };

/** One mutation as the administrator from a fresh device; it must be applied. */
async function asAdmin(t: TestApp, m: Draft): Promise<void> {
  const [answer] = await pushFrom(t, await deviceOf(t, t.logins.admin), [m]);
  if (answer?.status !== 'applied') throw new Error(`${m.name}: ${JSON.stringify(answer)}`);
}

/**
 * Master data leaves devices when it is deleted (everyone in the association reads it). The demo's rows
 * are all in use, and deleting one in use is refused: what refers to it is retired first, straight in
 * the database, as if it had been cleaned up long ago.
 */
async function retire(t: TestApp, table: 'municipalities' | 'sites', row: Row): Promise<void> {
  const column = table === 'municipalities' ? 'municipalityId' : 'siteId';
  for (const referrer of ['assignments', 'timeEntries', 'sites', 'people', 'rotationStations'] as const) {
    if (referrer === 'sites' && table === 'sites') continue;
    if ((referrer === 'people' || referrer === 'rotationStations') && table === 'sites') continue;
    await t.db
      .updateTable(referrer as 'assignments')
      .set({ deleted: 1 })
      .where(column as 'municipalityId', '=', row.id)
      .execute();
  }
  const name = table === 'municipalities' ? 'municipality.delete' : 'site.delete';
  await asAdmin(t, { name, args: { id: row.id, base: {} } } as Draft);
}

const byName = <R extends { name: string }>(rows: R[], name: string): R => rows.find((r) => r.name === name)!;

export const masterdataFixtures: {
  associationSettings: WritableFixture<'associationSettings'>;
  municipalities: WritableFixture<'municipalities'>;
  sites: WritableFixture<'sites'>;
  serviceTypes: WritableFixture<'serviceTypes'>;
} = {
  associationSettings: {
    actor: 'admin',
    pick: async (d) => (await d.db.associationSettings.toArray())[0]!,
    edits: [{ accessibilityContact: 'barrierefreiheit@a.example' }, { accessibilityContact: '+43 4276 1' }],
    // One row per association, read by every member: it leaves a device whose person leaves the association.
    leave: { observer: 'technician', run: leaveAssociation },
  },
  municipalities: {
    actor: 'admin',
    pick: async (d) => byName(await d.db.municipalities.toArray(), 'Ossiach'),
    edits: [{ costCentre: '1-0150-900' }, { costCentre: '1-0150-901' }],
    fresh: async () => ({
      id: newId(),
      rev: 0,
      updatedAt: new Date().toISOString(),
      name: 'Moosburg',
      country: 'AT',
      state: 'AT-2',
      street: 'Kirchplatz 1',
      postalCode: '9062',
      city: 'Moosburg',
      costCentre: '1-0150-011',
      contactName: 'Amtsleitung',
      contactEmail: '',
      contactPhone: '',
    }),
    leave: { observer: 'technician', run: (t, row) => retire(t, 'municipalities', row) },
  },
  sites: {
    actor: 'admin',
    pick: async (d) => byName(await d.db.sites.toArray(), 'Gemeindeamt Ossiach'),
    edits: [{ street: 'Hauptplatz 2' }, { street: 'Hauptplatz 3' }],
    fresh: async (d) => ({
      id: newId(),
      rev: 0,
      updatedAt: new Date().toISOString(),
      municipalityId: byName(await d.db.municipalities.toArray(), 'Ossiach').id,
      name: 'Bauhof Ossiach',
      kind: 'depot',
      street: 'Seeweg 4',
      postalCode: '9570',
      city: 'Ossiach',
      latitude: null,
      longitude: null,
    }),
    leave: { observer: 'technician', run: (t, row) => retire(t, 'sites', row) },
  },
  serviceTypes: {
    actor: 'admin',
    // Payroll has no assignments in the demo: it may go.
    pick: async (d) => (await d.db.serviceTypes.toArray()).find((s) => s.code === 'LOHN')!,
    edits: [{ hourlyRateCents: 6200 }, { hourlyRateCents: 6300 }],
    fresh: async () => ({
      id: newId(),
      rev: 0,
      updatedAt: new Date().toISOString(),
      code: 'ZAHL',
      name: 'Zahlungsverkehr',
      hourlyRateCents: 5900,
      billingUnit: 'hour',
    }),
    leave: {
      observer: 'technician',
      run: (t, row) => asAdmin(t, { name: 'serviceType.delete', args: { id: row.id, base: {} } }),
    },
  },
};
