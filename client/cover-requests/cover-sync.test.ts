import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { secondCoordinator } from '../../server/testing/cover-requests';
import { startTestApp, type TestApp } from '../../server/testing/test-app';
import { disposeDevices, testDevice } from '../testing/test-device';
import { createCoverRequest, fillCoverRequest } from './local-writes';
import { rankRequestOnDevice } from './request-ranking';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  disposeDevices();
  await t.close();
});

describe('cover requests from device to device', () => {
  it("goes from the contact's form to the coordinator, whose fill reaches the worker and the contact", async () => {
    const contact = await testDevice(t, t.logins.contact);
    await contact.sync();
    const open = (await contact.db.coverRequests.toArray()).find((r) => r.state === 'open')!;
    const made = await createCoverRequest(contact.db, contact.user.id, {
      municipalityId: open.municipalityId,
      siteId: open.siteId,
      serviceTypeId: open.serviceTypeId,
      skills: ['Meldeamt'],
      slots: [{ start: '2026-11-24T12:00:00.000Z', end: '2026-11-24T16:00:00.000Z' }],
      urgency: 'urgent',
      note: 'Meldeamt',
    });
    await contact.sync();

    const coordinator = await testDevice(t, t.logins.coordinator);
    await coordinator.sync();
    const request = (await coordinator.db.coverRequests.get(made.id))!;
    // Ranked on the coordinator's device from what its sync brought: the two free with the skill first.
    const ranked = await rankRequestOnDevice(coordinator.db, coordinator.user, request);
    expect(ranked.slice(0, 2).map((c) => [c.displayName, c.fits])).toEqual([
      ['Anna Steiner', true],
      ['Michael Huber', true],
    ]);
    expect(ranked[0]!.days[0]!.reasons.map((r) => r.code)).toContain('skills_ok');
    const anna = { id: ranked[0]!.personId };
    const filled = await fillCoverRequest(coordinator.db, request, anna.id);
    await coordinator.sync();
    expect(await coordinator.db.problems.count()).toBe(0);

    const worker = await testDevice(t, t.logins.cover);
    await worker.sync();
    expect(await worker.db.assignments.get(filled.assignmentIds[0]!)).toMatchObject({
      personId: anna.id,
      status: 'planned',
    });
    await contact.sync();
    expect(await contact.db.coverRequests.get(made.id)).toMatchObject({ state: 'assigned', coveredBy: anna.id });
  });

  it('keeps the losing offline fill as a refused change with already_covered, nothing lost', async () => {
    const [a, b] = [await testDevice(t, t.logins.coordinator), await testDevice(t, secondCoordinator)];
    await Promise.all([a.sync(), b.sync()]);
    const request = (await a.db.coverRequests.toArray()).find((r) => r.state === 'open')!;
    const [first, second] = (await rankRequestOnDevice(a.db, a.user, request)).map((c) => ({
      id: c.personId,
      displayName: c.displayName,
    }));
    // Both decide offline; a's fill arrives first.
    await fillCoverRequest(a.db, request, first!.id);
    await fillCoverRequest(b.db, (await b.db.coverRequests.get(request.id))!, (second ?? first)!.id);
    await a.sync();
    await b.sync();
    const [problem] = await b.db.problems.toArray();
    expect(problem).toMatchObject({ rowId: request.id, code: 'already_covered' });
    expect(problem?.message).toContain(first!.displayName);
    expect(await b.db.coverRequests.get(request.id)).toMatchObject({ state: 'assigned', coveredBy: first!.id });
  });
});
