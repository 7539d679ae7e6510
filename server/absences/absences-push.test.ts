import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { absenceNow, leaveRequest, personIdOf, statusChange } from '../testing/absence-pushes';
import { pushDevice, pushOne, pushRaw } from '../testing/people-pushes';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';

/** Requests, decisions and their rules through the real push route (SQLite, or PostgreSQL with TEST_DATABASE_URL). */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const as = async (login: keyof TestApp['logins']) => pushDevice(await t.login(t.logins[login]));

describe('leave requests', () => {
  it('lets staff request leave with its details in one push, undecided', async () => {
    const lena = await personIdOf(t, t.logins.technician);
    const request = leaveRequest(lena);
    const res = await pushRaw(t, await as('technician'), [
      { name: 'absence.create', args: request },
      { name: 'absenceDetails.create', args: { id: request.id, kind: 'leave', note: 'Hochzeit' } },
    ]);
    const { results } = (await res.json()) as { results: { status: string }[] };
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(await absenceNow(t, request.id)).toMatchObject({
      status: 'requested',
      decidedBy: null,
      fromDate: '2026-12-14',
    });
    const details = await t.db.selectFrom('absenceDetails').selectAll().where('id', '=', request.id).executeTakeFirst();
    expect(details).toMatchObject({ personId: lena, kind: 'leave', note: 'Hochzeit' });
  });

  it('refuses staff entering approved absences, others’ leave, or a sickness, naming the field', async () => {
    const lena = await personIdOf(t, t.logins.technician);
    const anna = await personIdOf(t, t.logins.cover);
    const d = await as('technician');
    expect(await pushOne(t, d, 'absence.create', leaveRequest(lena, { status: 'approved' }))).toMatchObject({
      status: 'rejected',
      code: 'status_not_allowed',
      details: [{ path: 'status' }],
    });
    expect(await pushOne(t, d, 'absence.create', leaveRequest(anna))).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
      details: [{ path: 'personId' }],
    });
    const request = leaveRequest(lena);
    await pushOne(t, d, 'absence.create', request);
    expect(
      await pushOne(t, d, 'absenceDetails.create', { id: request.id, kind: 'sickness', note: 'Grippe' }),
    ).toMatchObject({ status: 'rejected', code: 'kind_not_allowed', details: [{ path: 'kind' }] });
    expect(await t.db.selectFrom('absenceDetails').select('id').where('id', '=', request.id).execute()).toEqual([]);
  });

  it('refuses an end before the start, and a request overlapping an approved absence', async () => {
    const anna = await personIdOf(t, t.logins.cover);
    const d = await as('cover');
    const backwards = leaveRequest(anna, { from: '2026-12-15', to: '2026-12-14' });
    expect(await pushOne(t, d, 'absence.create', backwards)).toMatchObject({
      status: 'rejected',
      code: 'end_before_start',
      details: [{ path: 'to' }],
    });
    // The demo approved Anna's leave from 30 November to 4 December (server/demo/absences.ts).
    const overlapping = leaveRequest(anna, { from: '2026-12-03', to: '2026-12-05' });
    expect(await pushOne(t, d, 'absence.create', overlapping)).toMatchObject({
      status: 'rejected',
      code: 'overlaps_absence',
      details: [{ path: 'from' }],
    });
    const rows = await t.db.selectFrom('absences').select('id').where('personId', '=', anna).execute();
    expect(rows).toHaveLength(1);
  });

  it('lets the person cancel her request while it is open, and then no more', async () => {
    const lena = await personIdOf(t, t.logins.technician);
    const d = await as('technician');
    const request = leaveRequest(lena);
    await pushOne(t, d, 'absence.create', request);
    const cancel = await statusChange(t, request.id, 'cancelled');
    expect(await pushOne(t, d, 'absence.update', cancel)).toMatchObject({ status: 'applied' });
    expect(await absenceNow(t, request.id)).toMatchObject({ status: 'cancelled', decidedBy: lena });
    const again = await statusChange(t, request.id, 'requested');
    expect(await pushOne(t, d, 'absence.update', again)).toMatchObject({ status: 'rejected', code: 'absence_decided' });
  });
});

describe('malformed absences', () => {
  it('are refused with 400 naming the field: a date that is none, an unknown kind or status', async () => {
    const lena = await personIdOf(t, t.logins.technician);
    const cases = [
      { name: 'absence.create', args: leaveRequest(lena, { from: '14.12.2026' }), path: 'from' },
      { name: 'absence.create', args: { ...leaveRequest(lena), status: 'granted' }, path: 'status' },
      { name: 'absence.create', args: leaveRequest(lena, { startTime: '25:00' }), path: 'startTime' },
      { name: 'absenceDetails.create', args: { id: leaveRequest(lena).id, kind: 'holiday', note: '' }, path: 'kind' },
    ];
    for (const c of cases) {
      const res = await pushRaw(t, await as('technician'), [{ name: c.name, args: c.args }]);
      expect(res.status, c.path).toBe(400);
      const body = (await res.json()) as { code: string; details: { path: string }[] };
      expect(body.code).toBe('validation_failed');
      expect(body.details.map((d) => d.path)).toContain(`mutations.0.args.${c.path}`);
    }
    expect(await t.db.selectFrom('absences').select('id').where('personId', '=', lena).execute()).toHaveLength(1);
  });
});

describe('planners', () => {
  it('approve a request, stamped with who and when by the server', async () => {
    const lena = await personIdOf(t, t.logins.technician);
    const request = leaveRequest(lena);
    await pushOne(t, await as('technician'), 'absence.create', request);
    const staff = await pushOne(
      t,
      await as('technician'),
      'absence.update',
      await statusChange(t, request.id, 'approved'),
    );
    expect(staff).toMatchObject({ status: 'rejected', code: 'status_not_allowed' });
    const approve = await statusChange(t, request.id, 'approved');
    expect(await pushOne(t, await as('coordinator'), 'absence.update', approve)).toMatchObject({ status: 'applied' });
    const thomas = await personIdOf(t, t.logins.coordinator);
    expect(await absenceNow(t, request.id)).toMatchObject({
      status: 'approved',
      decidedBy: thomas,
      decidedAt: TEST_NOW.toISOString(),
    });
  });

  it('enter a sickness for anyone, approved at once; a contact may not', async () => {
    const lena = await personIdOf(t, t.logins.technician);
    const sick = leaveRequest(lena, { from: '2026-11-18', to: '2026-11-19', status: 'approved' });
    expect(await pushOne(t, await as('contact'), 'absence.create', sick)).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    const d = await as('coordinator');
    expect(await pushOne(t, d, 'absence.create', sick)).toMatchObject({ status: 'applied' });
    expect(await pushOne(t, d, 'absenceDetails.create', { id: sick.id, kind: 'sickness', note: '' })).toMatchObject({
      status: 'applied',
    });
    expect(await absenceNow(t, sick.id)).toMatchObject({ decidedBy: await personIdOf(t, t.logins.coordinator) });
  });

  it('refuse details for an absence that does not exist', async () => {
    const d = await as('coordinator');
    const ghost = leaveRequest(await personIdOf(t, t.logins.technician));
    expect(await pushOne(t, d, 'absenceDetails.create', { id: ghost.id, kind: 'leave', note: '' })).toMatchObject({
      status: 'rejected',
      code: 'unknown_reference',
    });
  });
});
