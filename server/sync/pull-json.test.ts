import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type PullResponse, syncTables } from '../../shared/sync/protocol';
import { type PullPage, pullJson } from './pull-json';

const response = (over: Partial<PullResponse> = {}): PullResponse => ({
  type: 'pull-result',
  protocol: PROTOCOL_VERSION,
  cursor: 41,
  more: false,
  scope: 'k"ey',
  upserts: {
    associationSettings: [],
    municipalities: [],
    sites: [],
    serviceTypes: [],
    people: [],
    personProfiles: [],
    assignments: [],
    timeEntries: [],
    absences: [],
    absenceDetails: [],
    coverRequests: [],
    closureDays: [],
    openShifts: [],
    notifications: [],
    assignmentSeries: [],
    rotationStations: [],
    rotationPlans: [],
  },
  deletes: {
    associationSettings: [],
    municipalities: [],
    sites: [],
    serviceTypes: [],
    people: [],
    personProfiles: [],
    assignments: [],
    timeEntries: [],
    absences: [],
    absenceDetails: [],
    coverRequests: [],
    closureDays: [],
    openShifts: [],
    notifications: [],
    assignmentSeries: [],
    rotationStations: [],
    rotationPlans: [],
  },
  lastMutationId: 7,
  serverTime: '2026-11-21T10:00:00.000Z',
  ...over,
});

/** The page the server holds before sending `r`: rows as their JSON text. */
const pageOf = (r: PullResponse): PullPage => ({
  cursor: r.cursor,
  more: r.more,
  scope: r.scope,
  lastMutationId: r.lastMutationId,
  serverTime: r.serverTime,
  upserts: Object.fromEntries(
    syncTables.map((t) => [t, r.upserts[t].map((row) => JSON.stringify(row))]),
  ) as PullPage['upserts'],
  deletes: r.deletes,
});

describe('pullJson', () => {
  it('writes an empty page exactly as JSON.stringify does', () => {
    for (const r of [response(), response({ lastMutationId: null }), response({ more: true, cursor: 0 })])
      expect(pullJson(pageOf(r))).toBe(JSON.stringify(r));
  });

  it('writes a page with rows exactly as JSON.stringify does', () => {
    const r = response({ more: true });
    r.upserts.municipalities.push({
      id: 'm1',
      rev: 3,
      updatedAt: '2026-11-21T09:00:00.000Z',
      name: 'Gemeinde "Süd"\n',
      country: 'AT',
      state: 'AT-2',
      street: 'Hauptplatz 1',
      postalCode: '9560',
      city: 'Süd',
      costCentre: '',
      contactName: '',
      contactEmail: '',
      contactPhone: '',
    });
    r.upserts.municipalities.push({
      id: 'm2',
      rev: 4,
      updatedAt: '2026-11-21T09:00:00.000Z',
      name: 'Nord',
      country: 'DE',
      state: 'DE-HE',
      street: 'Hauptplatz 1',
      postalCode: '9560',
      city: 'Süd',
      costCentre: '',
      contactName: '',
      contactEmail: '',
      contactPhone: '',
    });
    r.deletes.timeEntries.push('0190aaaa-0000-7000-8000-000000000001');
    expect(pullJson(pageOf(r))).toBe(JSON.stringify(r));
  });
});
