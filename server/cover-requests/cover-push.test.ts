import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import {
  coverPlaces,
  createAs,
  deviceAs,
  fillArgs,
  newRequest,
  siteOfAnotherAssociation,
} from '../testing/cover-requests';
import { pushOne } from '../testing/people-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const create = async (email: string, args: unknown) =>
  pushOne(t, await deviceAs(t, email), 'coverRequest.create', args);

describe('requesting cover', () => {
  it('lets the contact request cover for her municipality, stamped with her as the requester', async () => {
    const { contactId } = await coverPlaces(t);
    const answer = await create(t.logins.contact, { ...(await newRequest(t)) });
    expect(answer).toMatchObject({ status: 'applied', row: { state: 'open', requestedBy: contactId } });
  });

  it('lets a coordinator request cover for any municipality', async () => {
    const p = await coverPlaces(t);
    const answer = await create(
      t.logins.coordinator,
      await newRequest(t, { municipalityId: p.other, siteId: p.otherSite }),
    );
    expect(answer.status).toBe('applied');
  });

  it('refuses the contact a request for another municipality, naming the field', async () => {
    const p = await coverPlaces(t);
    const answer = await create(
      t.logins.contact,
      await newRequest(t, { municipalityId: p.other, siteId: p.otherSite }),
    );
    expect(answer).toMatchObject({ status: 'rejected', code: 'forbidden', fields: ['municipalityId'] });
  });

  it('refuses staff, who do not request cover', async () => {
    const answer = await create(t.logins.technician, await newRequest(t));
    expect(answer).toMatchObject({ status: 'rejected', code: 'forbidden' });
  });

  it('refuses a site of another municipality and one of another association at siteId', async () => {
    const p = await coverPlaces(t);
    const elsewhere = await create(t.logins.contact, await newRequest(t, { siteId: p.otherSite }));
    expect(elsewhere).toMatchObject({ status: 'rejected', code: 'site_not_in_municipality', fields: ['siteId'] });
    const foreignSite = await siteOfAnotherAssociation(t);
    const foreign = await create(t.logins.contact, await newRequest(t, { siteId: foreignSite }));
    expect(foreign).toMatchObject({ status: 'rejected', code: 'unknown_reference', fields: ['siteId'] });
  });

  it('refuses a skill nobody has and a slot that ends before it starts, each at its field', async () => {
    const skill = await create(t.logins.contact, await newRequest(t, { skills: ['Meldeamt', 'Zauberei'] }));
    expect(skill).toMatchObject({ status: 'rejected', code: 'unknown_skill', fields: ['skills.1'] });
    const slots = [{ start: '2026-11-23T11:00:00.000Z', end: '2026-11-23T07:00:00.000Z' }];
    const backwards = await create(t.logins.contact, await newRequest(t, { slots }));
    expect(backwards).toMatchObject({ status: 'rejected', code: 'end_before_start', fields: ['slots.0.end'] });
    expect(
      await t.db.selectFrom('coverRequests').select('id').where('note', '=', 'Meldeamt ab 8 Uhr').execute(),
    ).toEqual([]);
  });

  it('refuses a new request that claims to be filled already', async () => {
    const { coverId } = await coverPlaces(t);
    const answer = await create(
      t.logins.coordinator,
      await newRequest(t, { state: 'assigned', coveredBy: coverId, assignmentIds: [newId()] }),
    );
    expect(answer).toMatchObject({ status: 'rejected', code: 'invalid_state_change', fields: ['state'] });
  });
});

describe('moving a request through its states', () => {
  it('lets the coordinator fill it: assignments with the device-made ids, the request assigned', async () => {
    const { coverId } = await coverPlaces(t);
    const slots = [
      { start: '2026-11-23T12:00:00.000Z', end: '2026-11-23T16:00:00.000Z' },
      { start: '2026-11-24T12:00:00.000Z', end: '2026-11-24T16:00:00.000Z' },
    ];
    const request = await createAs(t, t.logins.contact, await newRequest(t, { slots }));
    const fill = fillArgs(request, coverId);
    const answer = await pushOne(t, await deviceAs(t, t.logins.coordinator), 'coverRequest.update', fill);
    expect(answer).toMatchObject({ status: 'applied', row: { state: 'assigned', coveredBy: coverId } });
    const made = await t.db
      .selectFrom('assignments')
      .selectAll()
      .where('id', 'in', fill.changes.assignmentIds)
      .orderBy('plannedStart')
      .execute();
    expect(made.map((a) => [a.personId, a.municipalityId, a.siteId, a.plannedStart, a.plannedEnd, a.status])).toEqual(
      slots.map((s) => [coverId, request.municipalityId, request.siteId, s.start, s.end, 'planned']),
    );
    // The audit log holds the request's create and its fill, and each assignment the fill created.
    const audit = await t.db
      .selectFrom('auditLog')
      .select(['tableName', 'rowId'])
      .where('rowId', 'in', [request.id, ...fill.changes.assignmentIds])
      .where('action', 'in', ['update', 'create'])
      .execute();
    expect(audit.map((a) => a.tableName).sort()).toEqual([
      'assignments',
      'assignments',
      'coverRequests',
      'coverRequests',
    ]);
  });

  it('refuses a fill with a person who is not active, and saves no assignment of it', async () => {
    const { coverId } = await coverPlaces(t);
    await t.db.updateTable('people').set({ active: 0 }).where('id', '=', coverId).execute();
    const request = await createAs(t, t.logins.contact, await newRequest(t));
    const fill = fillArgs(request, coverId);
    const answer = await pushOne(t, await deviceAs(t, t.logins.coordinator), 'coverRequest.update', fill);
    expect(answer).toMatchObject({ status: 'rejected', code: 'unknown_reference', fields: ['coveredBy'] });
    expect(
      await t.db.selectFrom('assignments').select('id').where('id', 'in', fill.changes.assignmentIds).execute(),
    ).toEqual([]);
    const row = await t.db
      .selectFrom('coverRequests')
      .select('state')
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('open');
  });

  it('refuses to change who covers an assigned request other than by a fill', async () => {
    const { coverId } = await coverPlaces(t);
    const request = await createAs(t, t.logins.contact, await newRequest(t));
    const coordinator = await deviceAs(t, t.logins.coordinator);
    const assigned = (await pushOne(t, coordinator, 'coverRequest.update', fillArgs(request, coverId))).row!;
    const other = await t.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', t.logins.technician)
      .executeTakeFirstOrThrow();
    const swap = {
      id: request.id,
      baseRev: assigned.rev,
      base: { coveredBy: coverId },
      changes: { coveredBy: other.id },
    };
    const answer = await pushOne(t, coordinator, 'coverRequest.update', swap);
    expect(answer).toMatchObject({ status: 'rejected', code: 'not_a_fill', fields: ['coveredBy'] });
  });

  it('never lets the contact fill a request', async () => {
    const { coverId } = await coverPlaces(t);
    const request = await createAs(t, t.logins.contact, await newRequest(t));
    const answer = await pushOne(
      t,
      await deviceAs(t, t.logins.contact),
      'coverRequest.update',
      fillArgs(request, coverId),
    );
    expect(answer).toMatchObject({ status: 'rejected', code: 'invalid_state_change', fields: ['state'] });
  });

  it('lets the contact cancel while open, not once someone is coming', async () => {
    const { coverId } = await coverPlaces(t);
    const cancel = (r: { id: string; rev: number; state: string }) => ({
      id: r.id,
      baseRev: r.rev,
      base: { state: r.state },
      changes: { state: 'cancelled' },
    });
    const open = await createAs(t, t.logins.contact, await newRequest(t));
    const contact = await deviceAs(t, t.logins.contact);
    expect(await pushOne(t, contact, 'coverRequest.update', cancel(open))).toMatchObject({
      status: 'applied',
      row: { state: 'cancelled' },
    });

    const filled = await createAs(t, t.logins.contact, await newRequest(t));
    const assigned = await pushOne(
      t,
      await deviceAs(t, t.logins.coordinator),
      'coverRequest.update',
      fillArgs(filled, coverId),
    );
    const late = await pushOne(t, contact, 'coverRequest.update', cancel(assigned.row as typeof open));
    expect(late).toMatchObject({ status: 'rejected', code: 'invalid_state_change' });
  });

  it('lets the coordinator finish an assigned request, after which nothing changes it', async () => {
    const { coverId } = await coverPlaces(t);
    const request = await createAs(t, t.logins.contact, await newRequest(t));
    const coordinator = await deviceAs(t, t.logins.coordinator);
    const assigned = (await pushOne(t, coordinator, 'coverRequest.update', fillArgs(request, coverId)))
      .row as typeof request;
    const done = await pushOne(t, coordinator, 'coverRequest.update', {
      id: request.id,
      baseRev: assigned.rev,
      base: { state: 'assigned' },
      changes: { state: 'done' },
    });
    expect(done).toMatchObject({ status: 'applied', row: { state: 'done' } });
    const note = await pushOne(t, coordinator, 'coverRequest.update', {
      id: request.id,
      baseRev: assigned.rev + 1,
      base: { note: request.note },
      changes: { note: 'später' },
    });
    expect(note).toMatchObject({ status: 'rejected', code: 'request_closed', fields: ['note'] });
  });
});
