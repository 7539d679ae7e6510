import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../server/testing/test-app';
import { indexCandidates } from '../../shared/planning/candidate-index';
import { rankCandidates } from '../../shared/planning/candidates';
import { candidatesResponseSchema } from '../../shared/planning/candidates-schema';
import { disposeDevices, testDevice } from '../testing/test-device';
import { planSuggestion } from './suggestion-actions';
import { deviceRankingData } from './candidates-data';

/** The device ranks from Dexie what the server ranks from SQL: same people, order and reasons. */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  disposeDevices();
  await t.close();
});

describe('ranking on the device', () => {
  it('agrees with POST /api/planning/candidates after a sync; planning a suggestion books the person', async () => {
    const device = await testDevice(t, t.logins.coordinator);
    await device.sync();
    const morning = await t.db
      .selectFrom('assignments')
      .select(['municipalityId', 'siteId', 'serviceTypeId', 'plannedEnd'])
      .where('associationId', '=', t.associationId!)
      .where('plannedStart', '>=', '2026-11-18')
      .orderBy('plannedStart')
      .executeTakeFirstOrThrow();
    const start = Date.parse(morning.plannedEnd) + 3_600_000;
    const input = {
      municipalityId: morning.municipalityId,
      siteId: morning.siteId,
      serviceTypeId: morning.serviceTypeId,
      skills: ['Meldeamt'],
      start: new Date(start).toISOString(),
      end: new Date(start + 3 * 3_600_000).toISOString(),
    };
    const res = await t.json('/api/planning/candidates', await t.login(t.logins.coordinator), input);
    const fromServer = candidatesResponseSchema.parse(await res.json()).candidates;

    const slot = { ...input, start, end: start + 3 * 3_600_000 };
    const data = await deviceRankingData(device.db, t.associationId!, device.user.timeZone, slot);
    const onDevice = rankCandidates(indexCandidates(data), slot);
    expect(onDevice).toEqual(fromServer);

    const first = onDevice[0]!;
    const planned = await planSuggestion(device.db, slot, first.personId, 'Vertretung Meldeamt');
    expect(planned).toMatchObject({ personId: first.personId, siteId: input.siteId, status: 'planned' });
    const again = rankCandidates(
      indexCandidates(await deviceRankingData(device.db, t.associationId!, device.user.timeZone, slot)),
      slot,
    );
    expect(again.find((c) => c.personId === first.personId)).toMatchObject({ unavailable: true });
  });
});
