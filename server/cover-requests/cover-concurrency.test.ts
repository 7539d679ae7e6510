import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coverPlaces, createAs, deviceAs, fillArgs, newRequest, secondCoordinator } from '../testing/cover-requests';
import { pushOne } from '../testing/people-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * Two coordinators fill one request at the same moment: on PostgreSQL their pushes overlap. Exactly one
 * wins; the other learns who covers it (`already_covered`), and nothing of the losing fill is saved.
 */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

describe('concurrent fills of one request', () => {
  it('applies exactly one and answers the other already_covered with the winner, no orphan assignment', async () => {
    const { coverId } = await coverPlaces(t);
    const other = await t.db
      .selectFrom('people')
      .select(['id', 'displayName'])
      .where('displayName', '=', 'Julia Wallner')
      .executeTakeFirstOrThrow();
    const winnerName = new Map([
      [coverId, 'Anna Steiner'],
      [other.id, other.displayName],
    ]);
    const request = await createAs(t, t.logins.contact, await newRequest(t));
    const fills = [fillArgs(request, coverId), fillArgs(request, other.id)];
    const devices = [await deviceAs(t, t.logins.coordinator), await deviceAs(t, secondCoordinator)];
    const results = await Promise.all(devices.map((d, i) => pushOne(t, d, 'coverRequest.update', fills[i])));

    const applied = results.filter((r) => r.status === 'applied');
    expect(applied).toHaveLength(1);
    const winner = results.indexOf(applied[0]!);
    const loser = results[1 - winner]!;
    const winnerId = fills[winner]!.changes.coveredBy;
    expect(loser).toMatchObject({ status: 'rejected', code: 'already_covered', row: { coveredBy: winnerId } });
    expect(loser.message).toContain(winnerName.get(winnerId));
    expect(loser.details).toEqual([expect.objectContaining({ path: 'coveredBy', message: winnerName.get(winnerId) })]);

    const ids = fills.flatMap((f) => f.changes.assignmentIds);
    const saved = await t.db.selectFrom('assignments').select(['id', 'personId']).where('id', 'in', ids).execute();
    expect(saved).toEqual([{ id: fills[winner]!.changes.assignmentIds[0], personId: winnerId }]);
  });

  it('answers a later fill already_covered and takes a repeat of the same fill as done', async () => {
    const { coverId } = await coverPlaces(t);
    const request = await createAs(t, t.logins.contact, await newRequest(t));
    const fill = fillArgs(request, coverId);
    const first = await deviceAs(t, t.logins.coordinator);
    expect((await pushOne(t, first, 'coverRequest.update', fill)).status).toBe('applied');
    // The same fill from another device (the same person and assignments): nothing new, nothing refused.
    const again = await pushOne(t, await deviceAs(t, secondCoordinator), 'coverRequest.update', fill);
    expect(again).toMatchObject({ status: 'merged', row: { state: 'assigned', coveredBy: coverId } });
    const lateFill = fillArgs(request, coverId);
    const late = await pushOne(t, await deviceAs(t, secondCoordinator), 'coverRequest.update', lateFill);
    expect(late).toMatchObject({ status: 'rejected', code: 'already_covered' });
    const ids = [...fill.changes.assignmentIds, ...lateFill.changes.assignmentIds];
    const saved = await t.db.selectFrom('assignments').select('id').where('id', 'in', ids).execute();
    expect(saved).toEqual([{ id: fill.changes.assignmentIds[0] }]);
  });
});
