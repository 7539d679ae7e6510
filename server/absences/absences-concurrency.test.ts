import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { absenceNow, leaveRequest, personIdOf, statusChange } from '../testing/absence-pushes';
import { pushDevice, pushOne } from '../testing/people-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * Decisions in flight at once. On PostgreSQL (TEST_DATABASE_URL) these pushes run in overlapping
 * transactions; the association's write lock (write-path.ts) must leave exactly one consistent outcome.
 */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const planner = async (login: 'coordinator' | 'admin') => pushDevice(await t.login(t.logins[login]));

async function requested(over: Parameters<typeof leaveRequest>[1] = {}) {
  const request = leaveRequest(await personIdOf(t, t.logins.technician), over);
  const answer = await pushOne(t, pushDevice(await t.login(t.logins.technician)), 'absence.create', request);
  expect(answer.status).toBe('applied');
  return request;
}

describe('concurrent decisions', () => {
  it('lets one of two planners deciding one request win; the other meets a conflict', async () => {
    const request = await requested();
    const [approve, decline] = [
      await statusChange(t, request.id, 'approved'),
      await statusChange(t, request.id, 'declined'),
    ];
    const [a, b] = [await planner('coordinator'), await planner('admin')];
    const results = await Promise.all([
      pushOne(t, a, 'absence.update', approve),
      pushOne(t, b, 'absence.update', decline),
    ]);
    const won = results.findIndex((r) => r.status === 'applied');
    expect(won).toBeGreaterThanOrEqual(0);
    expect(results[1 - won]).toMatchObject({ status: 'conflict', fields: ['status'] });
    expect((await absenceNow(t, request.id)).status).toBe(won === 0 ? 'approved' : 'declined');
  });

  it('approves only one of two overlapping requests approved at once', async () => {
    const first = await requested({ from: '2026-12-14', to: '2026-12-16' });
    const second = await requested({ from: '2026-12-16', to: '2026-12-18' });
    const [a, b] = [await planner('coordinator'), await planner('admin')];
    const results = await Promise.all([
      pushOne(t, a, 'absence.update', await statusChange(t, first.id, 'approved')),
      pushOne(t, b, 'absence.update', await statusChange(t, second.id, 'approved')),
    ]);
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    expect(results.find((r) => r.status !== 'applied')).toMatchObject({ status: 'rejected', code: 'overlaps_absence' });
    const statuses = [(await absenceNow(t, first.id)).status, (await absenceNow(t, second.id)).status].sort();
    expect(statuses).toEqual(['approved', 'requested']);
  });

  it('a request racing the approval of an overlapping one is refused, or came first', async () => {
    const first = await requested({ from: '2026-12-14', to: '2026-12-16' });
    const racing = leaveRequest(await personIdOf(t, t.logins.technician), { from: '2026-12-15', to: '2026-12-17' });
    const lena = pushDevice(await t.login(t.logins.technician));
    const [approval, request] = await Promise.all([
      pushOne(t, await planner('coordinator'), 'absence.update', await statusChange(t, first.id, 'approved')),
      pushOne(t, lena, 'absence.create', racing),
    ]);
    expect(approval.status).toBe('applied');
    const approvedRev = Number((await absenceNow(t, first.id)).rev);
    if (request.status === 'applied') expect(Number((await absenceNow(t, racing.id)).rev)).toBeLessThan(approvedRev);
    else expect(request).toMatchObject({ status: 'rejected', code: 'overlaps_absence', details: [{ path: 'from' }] });
  });
});
