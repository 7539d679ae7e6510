import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../server/testing/test-app';
import { indexCandidates } from '../../shared/planning/candidate-index';
import { rankCandidates } from '../../shared/planning/candidates';
import { candidatesResponseSchema } from '../../shared/planning/candidates-schema';
import { newId } from '../../shared/ids/ids';
import { instantOf } from '../../shared/time/dates';
import { deviceOf, pushFrom } from '../../server/testing/push-as';
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

  it('agrees with the server on days off: a public holiday from the cache and a closure of all offices', async () => {
    const closure = {
      id: newId(),
      date: '2026-12-09',
      municipalityId: null,
      part: 'whole' as const,
      name: 'Fenstertag',
    };
    await pushFrom(t, await deviceOf(t, t.logins.admin), [{ name: 'closureDay.create', args: closure }]);
    const device = await testDevice(t, t.logins.coordinator);
    await device.sync();
    expect(await device.db.publicHolidays.count()).toBeGreaterThan(0);
    const place = await t.db
      .selectFrom('sites')
      .select(['id', 'municipalityId'])
      .where('associationId', '=', t.associationId!)
      .executeTakeFirstOrThrow();
    const type = await t.db.selectFrom('serviceTypes').select('id').executeTakeFirstOrThrow();
    const cookie = await t.login(t.logins.coordinator);
    // 8 December is Mariä Empfängnis in Carinthia; 9 December the association's own closure.
    for (const date of ['2026-12-08', '2026-12-09']) {
      const start = instantOf('Europe/Vienna', date, '09:00').getTime();
      const input = {
        municipalityId: place.municipalityId,
        siteId: place.id,
        serviceTypeId: type.id,
        skills: [],
        start: new Date(start).toISOString(),
        end: new Date(start + 3 * 3_600_000).toISOString(),
      };
      const fromServer = candidatesResponseSchema.parse(
        await (await t.json('/api/planning/candidates', cookie, input)).json(),
      ).candidates;
      const slot = { ...input, start, end: start + 3 * 3_600_000 };
      const data = await deviceRankingData(device.db, t.associationId!, device.user.timeZone, slot);
      const onDevice = rankCandidates(indexCandidates(data), slot);
      expect(onDevice).toEqual(fromServer);
      expect(onDevice[0]?.reasons).toContainEqual({ code: 'day_off', params: { date } });
    }
  });
});
