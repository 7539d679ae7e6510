import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coverPlaces, createAs, deviceAs, fillArgs, newRequest } from '../testing/cover-requests';
import { pushOne } from '../testing/people-pushes';
import { pullAll } from '../testing/pull-all';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

/** Everything of a table the person signed in as `email` pulls (upserts, minus what a later page deleted). */
async function pulled(email: string) {
  const { pages } = await pullAll(t, await t.login(email));
  return {
    requests: pages.flatMap((p) => p.upserts.coverRequests),
    people: pages.flatMap((p) => p.upserts.people),
    assignments: pages.flatMap((p) => p.upserts.assignments),
  };
}

describe('who reads cover requests', () => {
  it("gives the contact her municipality's requests only, and planners all of them", async () => {
    const p = await coverPlaces(t);
    const elsewhere = await createAs(
      t,
      t.logins.coordinator,
      await newRequest(t, { municipalityId: p.other, siteId: p.otherSite }),
    );
    const contact = await pulled(t.logins.contact);
    expect(contact.requests.length).toBe(3);
    expect(contact.requests.every((r) => r.municipalityId === p.own)).toBe(true);
    for (const email of [t.logins.coordinator, t.logins.admin]) {
      const ids = (await pulled(email)).requests.map((r) => r.id);
      expect(ids).toHaveLength(4);
      expect(ids).toContain(elsewhere.id);
    }
  });

  it('gives staff, apprentices and mentors no requests at all', async () => {
    for (const email of [t.logins.technician, t.logins.cover, t.logins.apprentice, t.logins.mentor])
      expect((await pulled(email)).requests).toEqual([]);
  });

  it('shows the contact who covers her request: the name and the assignment', async () => {
    const { coverId } = await coverPlaces(t);
    const request = await createAs(t, t.logins.contact, await newRequest(t));
    const fill = fillArgs(request, coverId);
    await pushOne(t, await deviceAs(t, t.logins.coordinator), 'coverRequest.update', fill);
    const contact = await pulled(t.logins.contact);
    const seen = contact.requests.find((r) => r.id === request.id)!;
    expect(seen).toMatchObject({ state: 'assigned', coveredBy: coverId });
    expect(contact.people.find((x) => x.id === coverId)?.displayName).toBe('Anna Steiner');
    expect(contact.assignments.map((a) => a.id)).toContain(fill.changes.assignmentIds[0]);
    // The worker gets the new assignment on her phone with her next pull.
    const worker = await pulled(t.logins.cover);
    expect(worker.assignments.map((a) => a.id)).toContain(fill.changes.assignmentIds[0]);
  });

  it("takes a request off the contact's device when a coordinator moves it to another municipality", async () => {
    const p = await coverPlaces(t);
    const request = await createAs(t, t.logins.contact, await newRequest(t));
    const cookie = await t.login(t.logins.contact);
    const { cursor } = await pullAll(t, cookie);
    const move = {
      id: request.id,
      baseRev: request.rev,
      base: { municipalityId: p.own, siteId: p.ownSite },
      changes: { municipalityId: p.other, siteId: p.otherSite },
    };
    expect((await pushOne(t, await deviceAs(t, t.logins.coordinator), 'coverRequest.update', move)).status).toBe(
      'applied',
    );
    const { pages } = await pullAll(t, cookie, cursor);
    expect(pages.flatMap((x) => x.deletes.coverRequests)).toContain(request.id);
  });
});
