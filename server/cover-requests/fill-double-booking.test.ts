import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { coverPlaces, createAs, deviceAs, fillArgs, newRequest, secondCoordinator } from '../testing/cover-requests';
import { pushOne } from '../testing/people-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * A fill books the person as the board does: onto time they are booked already it is refused as
 * `double_booked` with the request as it stands, and no assignment of it is saved.
 */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

// Afternoons: the demo's cover staff are booked every weekday morning.
const afternoon = { start: '2026-11-23T12:00:00.000Z', end: '2026-11-23T16:00:00.000Z' };
const later = { start: '2026-11-23T14:00:00.000Z', end: '2026-11-23T18:00:00.000Z' };
const savedOf = (ids: string[]) => t.db.selectFrom('assignments').select(['id']).where('id', 'in', ids).execute();

describe('a fill onto time the person is booked', () => {
  it('is refused when the board booked the person meanwhile; the request stays open', async () => {
    const p = await coverPlaces(t);
    const request = await createAs(t, t.logins.contact, await newRequest(t, { slots: [afternoon] }));
    const coordinator = await deviceAs(t, t.logins.coordinator);
    const booking = {
      id: newId(),
      personId: p.coverId,
      municipalityId: p.other,
      siteId: p.otherSite,
      serviceTypeId: p.service,
      plannedStart: later.start,
      plannedEnd: later.end,
      task: 'Kassa',
      status: 'planned',
      workerNotes: '',
    };
    expect((await pushOne(t, coordinator, 'assignment.create', booking)).status).toBe('applied');

    const fill = fillArgs(request, p.coverId);
    const refused = await pushOne(t, await deviceAs(t, secondCoordinator), 'coverRequest.update', fill);
    expect(refused).toMatchObject({
      status: 'rejected',
      code: 'double_booked',
      row: { state: 'open', coveredBy: null },
    });
    expect(refused.details).toEqual([expect.objectContaining({ path: 'coveredBy', message: booking.id })]);
    expect(await savedOf(fill.changes.assignmentIds)).toEqual([]);
  });

  it('books the person once when two coordinators fill two overlapping requests with them at once', async () => {
    const { coverId } = await coverPlaces(t);
    const first = await createAs(t, t.logins.contact, await newRequest(t, { slots: [afternoon] }));
    const second = await createAs(t, t.logins.contact, await newRequest(t, { slots: [later] }));
    const fills = [fillArgs(first, coverId), fillArgs(second, coverId)];
    const devices = [await deviceAs(t, t.logins.coordinator), await deviceAs(t, secondCoordinator)];
    const results = await Promise.all(devices.map((d, i) => pushOne(t, d, 'coverRequest.update', fills[i])));

    expect(results.map((r) => r.status).sort()).toEqual(['applied', 'rejected']);
    const loser = results.find((r) => r.status === 'rejected')!;
    expect(loser).toMatchObject({ code: 'double_booked', row: { state: 'open' } });
    expect(await savedOf(fills.flatMap((f) => f.changes.assignmentIds))).toHaveLength(1);
  });
});
