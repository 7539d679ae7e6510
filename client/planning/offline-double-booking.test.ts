import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../server/testing/test-app';
import { disposeDevices, type TestDevice, testDevice } from '../testing/test-device';
import { updateAssignment } from '../assignments/local-writes';
import { planAssignment, type Schedule } from './board-actions';
import { collectMarkers } from './markers';

/**
 * Two coordinators plan offline and book one person into overlapping times: the first to sync wins, the
 * other's change is refused as a double booking and stays on the device with its data, shown on the board.
 */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  disposeDevices();
  await t.close();
});

const zone = 'Europe/Vienna';
const range = { from: '2027-03-01', to: '2027-03-07', timeZone: zone };

async function scheduleFor(d: TestDevice, start: string, end: string): Promise<Schedule> {
  const lena = (await d.db.people.toArray()).find((p) => p.displayName === 'Lena Hofer')!;
  const site = (await d.db.sites.toArray())[0]!;
  return {
    personId: lena.id,
    municipalityId: site.municipalityId,
    siteId: site.id,
    serviceTypeId: (await d.db.serviceTypes.toArray())[0]!.id,
    plannedStart: `2027-03-02T${start}:00.000Z`,
    plannedEnd: `2027-03-02T${end}:00.000Z`,
    task: 'Server tauschen',
  };
}

describe('two coordinators booking one person offline', () => {
  it('applies the first; the second is refused as double_booked, kept and shown on the board', async () => {
    const [a, b] = [await testDevice(t, t.logins.coordinator), await testDevice(t, t.logins.admin)];
    await a.sync();
    await b.sync();
    a.net.online = false;
    b.net.online = false;
    const mine = await planAssignment(a.db, await scheduleFor(a, '08:00', '12:00'));
    const theirs = await planAssignment(b.db, await scheduleFor(b, '10:00', '14:00'));
    b.net.online = true;
    await b.sync();
    a.net.online = true;
    await a.sync();

    const [problem] = await a.db.problems.toArray();
    expect(problem).toMatchObject({ name: 'assignment.create', rowId: mine.id, code: 'double_booked' });
    expect(problem!.message).toContain(theirs.id);
    expect(problem!.args).toMatchObject({ plannedStart: mine.plannedStart, task: 'Server tauschen' });
    expect(await a.db.outbox.count()).toBe(0);
    // The winner's booking arrives; the refused one is a "needs attention" marker in Lena's cell that day.
    const markers = await collectMarkers(a.db, range);
    expect(markers.map((m) => [m.kind, m.key === theirs.id || m.kind === 'attention'])).toEqual([
      ['assignment', true],
      ['attention', true],
    ]);
    expect(markers[1]).toMatchObject({ personId: mine.personId, date: '2027-03-02', label: 'double_booked' });
  });

  it('refuses a change onto a booking that arrived meanwhile and restores the server’s version', async () => {
    const [a, b] = [await testDevice(t, t.logins.coordinator), await testDevice(t, t.logins.admin)];
    await a.sync();
    const early = await planAssignment(a.db, await scheduleFor(a, '07:00', '08:00'));
    await a.sync();
    await b.sync();
    a.net.online = false;
    await planAssignment(b.db, await scheduleFor(b, '10:00', '12:00'));
    await b.sync();
    // Offline, a stretches the early booking over the time b has just booked.
    await updateAssignment(a.db, early.id, { plannedEnd: '2027-03-02T11:00:00.000Z' });
    a.net.online = true;
    await a.sync();
    const [problem] = await a.db.problems.toArray();
    expect(problem).toMatchObject({ name: 'assignment.update', code: 'double_booked' });
    expect(problem!.args).toMatchObject({ changes: { plannedEnd: '2027-03-02T11:00:00.000Z' } });
    expect((await a.db.assignments.get(early.id))?.plannedEnd).toBe('2027-03-02T08:00:00.000Z');
    expect((await collectMarkers(a.db, range)).filter((m) => m.kind === 'attention')).toHaveLength(1);
  });
});
