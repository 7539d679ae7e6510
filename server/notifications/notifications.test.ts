import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/assignments/schema';
import { newId } from '../../shared/ids/ids';
import type { Notification } from '../../shared/notifications/schema';
import { assignmentUpdate, personOf, placeOf } from '../testing/assignment-pushes';
import { coverPlaces, createAs, deviceAs, fillArgs, newRequest } from '../testing/cover-requests';
import { pulledRows } from '../testing/open-shifts';
import { type PushDevice, pushDevice, pushOne } from '../testing/people-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let planner: PushDevice;
beforeEach(async () => {
  t = await startTestApp();
  planner = pushDevice(await t.login(t.logins.coordinator));
});
afterEach(() => t.close());

async function plan(personEmail: string): Promise<Assignment> {
  const a = {
    id: newId(),
    personId: await personOf(t, personEmail),
    ...(await placeOf(t)),
    plannedStart: '2027-01-13T07:00:00.000Z',
    plannedEnd: '2027-01-13T11:00:00.000Z',
    task: 'Schul-WLAN',
    status: 'planned' as const,
    workerNotes: '',
  };
  const answer = await pushOne(t, planner, 'assignment.create', a);
  expect(answer.status).toBe('applied');
  return answer.row as Assignment;
}
const change = async (row: Assignment, changes: Partial<Assignment>) => {
  const d = assignmentUpdate(row, changes);
  const answer = await pushOne(t, planner, d.name, d.args);
  expect(answer.status).toBe('applied');
  return answer.row as Assignment;
};
const inbox = async (email: string) => (await pulledRows(t, await t.login(email), 'notifications')) as Notification[];

describe('notifications', () => {
  it('tell the person assigned, only them, with where and when', async () => {
    const a = await plan(t.logins.technician);
    const mine = await inbox(t.logins.technician);
    expect(mine.map((n) => n.kind)).toEqual(['assignment.assigned']);
    expect(mine[0]!.params).toMatchObject({ assignmentId: a.id, start: a.plannedStart, timeZone: 'Europe/Vienna' });
    expect(mine[0]!.readAt).toBeNull();
    expect(await inbox(t.logins.cover)).toEqual([]);
    expect(await inbox(t.logins.coordinator)).toEqual([]);
  });

  it('tell the worker of a move and of a cancellation; a move to someone else tells both', async () => {
    const a = await plan(t.logins.technician);
    const moved = await change(a, { plannedStart: '2027-01-13T08:00:00.000Z' });
    const cancelled = await change(moved, { status: 'cancelled' });
    await change(cancelled, { status: 'planned', personId: await personOf(t, t.logins.cover) });
    const kinds = (await inbox(t.logins.technician)).map((n) => n.kind);
    expect(kinds).toEqual(['assignment.assigned', 'assignment.moved', 'assignment.cancelled']);
    expect((await inbox(t.logins.cover)).map((n) => n.kind)).toEqual(['assignment.assigned']);
  });

  it("a worker's own status change tells nobody", async () => {
    const a = await plan(t.logins.technician);
    const worker = pushDevice(await t.login(t.logins.technician));
    const d = assignmentUpdate(a, { status: 'started' });
    expect((await pushOne(t, worker, d.name, d.args)).status).toBe('applied');
    expect((await inbox(t.logins.technician)).map((n) => n.kind)).toEqual(['assignment.assigned']);
  });

  it('a refused change leaves no notification', async () => {
    const a = await plan(t.logins.technician);
    const d = assignmentUpdate(a, { plannedEnd: '2027-01-13T06:00:00.000Z' });
    expect((await pushOne(t, planner, d.name, d.args)).status).toBe('rejected');
    expect(await inbox(t.logins.technician)).toHaveLength(1);
  });

  it('tell the requester of a cover request when it is filled, naming who comes', async () => {
    const p = await coverPlaces(t);
    const request = await createAs(t, t.logins.contact, await newRequest(t));
    const coordinator = await deviceAs(t, t.logins.coordinator);
    expect((await pushOne(t, coordinator, 'coverRequest.update', fillArgs(request, p.coverId))).status).toBe('applied');
    // The demo's filled request told her before; this one is the second.
    const told = (await inbox(t.logins.contact)).filter((n) => n.params.coverRequestId === request.id);
    expect(told.map((n) => n.kind)).toEqual(['cover.filled']);
    expect(told[0]!.params).toMatchObject({ person: 'Anna Steiner', coverRequestId: request.id });
    expect((await inbox(t.logins.cover)).map((n) => n.kind)).toEqual(['assignment.assigned']);
  });

  it('the recipient marks one read; two devices at once: one applies, one conflicts; others cannot', async () => {
    await plan(t.logins.technician);
    const [n] = await inbox(t.logins.technician);
    const read = (at: string) => ({ id: n!.id, baseRev: n!.rev, base: { readAt: null }, changes: { readAt: at } });
    const [one, two] = [pushDevice(await t.login(t.logins.technician)), pushDevice(await t.login(t.logins.technician))];
    const answers = await Promise.all([
      pushOne(t, one, 'notification.update', read('2026-11-18T09:31:00.000Z')),
      pushOne(t, two, 'notification.update', read('2026-11-18T09:32:00.000Z')),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual(['applied', 'conflict']);
    const stored = await t.db
      .selectFrom('notifications')
      .select('readAt')
      .where('id', '=', n!.id)
      .executeTakeFirstOrThrow();
    expect(['2026-11-18T09:31:00.000Z', '2026-11-18T09:32:00.000Z']).toContain(stored.readAt);
    const stranger = pushDevice(await t.login(t.logins.cover));
    const refused = await pushOne(t, stranger, 'notification.update', read('2026-11-18T09:33:00.000Z'));
    expect(refused).toMatchObject({ status: 'rejected', code: 'not_found' });
  });

  it("are part of the recipient's data export", async () => {
    await plan(t.logins.technician);
    const res = await t.request('/api/account/export?format=json', { cookie: await t.login(t.logins.technician) });
    const doc = (await res.json()) as { sections: Record<string, { kind: string }[]> };
    expect(doc.sections.notifications?.map((n) => n.kind)).toEqual(['assignment.assigned']);
  });

  it('refuses a malformed read time', async () => {
    await plan(t.logins.technician);
    const [n] = await inbox(t.logins.technician);
    const device = pushDevice(await t.login(t.logins.technician));
    const res = await t.json('/api/sync/push', device.cookie, {
      protocol: 1,
      clientId: device.clientId,
      mutations: [
        { id: 1, name: 'notification.update', args: { id: n!.id, baseRev: 1, base: {}, changes: { readAt: 'x' } } },
      ],
    });
    expect(res.status).toBe(400);
  });
});
