import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/assignments/schema';
import { newId } from '../../shared/ids/ids';
import { assignmentUpdate, personOf, placeOf } from '../testing/assignment-pushes';
import { type Device, deviceOf, type Draft, pushFrom } from '../testing/push-as';
import { startTestApp, type TestApp } from '../testing/test-app';
import { toAssignment } from './fields';

/**
 * Planning on the server: planners create assignments through push, and one person is never booked into
 * overlapping times, also when two coordinators send at the same moment (on PostgreSQL two transactions
 * in flight; `npm run test:pg`).
 */
let t: TestApp;
let coordinator: Device;
let lena: string;
let place: Pick<Assignment, 'municipalityId' | 'siteId' | 'serviceTypeId'>;
beforeEach(async () => {
  t = await startTestApp();
  coordinator = await deviceOf(t, t.logins.coordinator);
  lena = await personOf(t, t.logins.technician);
  place = await placeOf(t);
});
afterEach(() => t.close());

// A day far from the demo's weeks: nobody is booked there yet.
const at = (hhmm: string) => `2027-03-02T${hhmm}:00.000Z`;
const create = (start: string, end: string, extra: Partial<Assignment> = {}): Draft => ({
  name: 'assignment.create',
  args: {
    id: newId(),
    personId: lena,
    ...place,
    plannedStart: at(start),
    plannedEnd: at(end),
    task: 'Beamer tauschen',
    status: 'planned',
    workerNotes: '',
    ...extra,
  },
});
const stored = async (id: string) =>
  toAssignment(await t.db.selectFrom('assignments').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
const count = async (id: string) =>
  (await t.db.selectFrom('assignments').select('id').where('id', '=', id).execute()).length;

describe('planning assignments through push', () => {
  it('lets a planner create an assignment and refuses staff', async () => {
    const draft = create('08:00', '12:00');
    const [r] = await pushFrom(t, coordinator, [draft]);
    expect(r).toMatchObject({ status: 'applied', row: { personId: lena, task: 'Beamer tauschen' } });
    expect(await stored(draft.args.id)).toMatchObject({ plannedStart: at('08:00'), status: 'planned' });

    const staffDraft = create('13:00', '14:00');
    const [refused] = await pushFrom(t, await deviceOf(t, t.logins.technician), [staffDraft]);
    expect(refused).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect(await count(staffDraft.args.id)).toBe(0);
  });

  it('refuses a create that overlaps the person’s booking, naming it, and allows back-to-back', async () => {
    const first = create('08:00', '12:00');
    await pushFrom(t, coordinator, [first]);
    const clash = create('11:00', '13:00');
    const [refused, after] = await pushFrom(t, coordinator, [clash, create('12:00', '14:00')]);
    expect(refused).toMatchObject({ status: 'rejected', code: 'double_booked', row: null });
    expect(refused!.message).toContain(first.args.id);
    expect(refused!.details).toEqual([{ path: 'plannedStart', code: 'double_booked', message: first.args.id }]);
    expect(await count(clash.args.id)).toBe(0);
    expect(after!.status).toBe('applied');
  });

  it('checks bookings made earlier in the same push', async () => {
    const [a, b] = await pushFrom(t, coordinator, [create('08:00', '12:00'), create('09:00', '10:00')]);
    expect([a!.status, b!.status]).toEqual(['applied', 'rejected']);
    expect(b!.code).toBe('double_booked');
  });

  it('refuses moves and reassignments onto a booking and answers with the server’s row', async () => {
    const morning = create('08:00', '12:00');
    const other = create('08:00', '12:00', { personId: await personOf(t, t.logins.cover) });
    const afternoon = create('13:00', '15:00');
    await pushFrom(t, coordinator, [morning, other, afternoon]);
    const row = await stored(afternoon.args.id);
    const [moved, reassigned] = await pushFrom(t, coordinator, [
      assignmentUpdate(row, { plannedStart: at('11:30'), plannedEnd: at('13:30') }),
      assignmentUpdate(await stored(other.args.id), { personId: lena }),
    ]);
    expect(moved).toMatchObject({ status: 'rejected', code: 'double_booked', row: { plannedStart: at('13:00') } });
    expect(reassigned).toMatchObject({ status: 'rejected', code: 'double_booked' });
    expect(await stored(afternoon.args.id)).toMatchObject({ plannedStart: at('13:00'), rev: row.rev });
  });

  it('lets a cancelled assignment free the time, and refuses to bring it back over a new booking', async () => {
    const first = create('08:00', '12:00');
    await pushFrom(t, coordinator, [first]);
    const [cancelled] = await pushFrom(t, coordinator, [
      assignmentUpdate(await stored(first.args.id), { status: 'cancelled' }),
    ]);
    expect(cancelled!.status).toBe('applied');
    const [instead] = await pushFrom(t, coordinator, [create('09:00', '11:00')]);
    expect(instead!.status).toBe('applied');
    const [back] = await pushFrom(t, coordinator, [
      assignmentUpdate(await stored(first.args.id), { status: 'planned' }),
    ]);
    expect(back).toMatchObject({ status: 'rejected', code: 'double_booked' });
  });

  it('refuses bad plans with the field named and stores nothing', async () => {
    const backwards = create('12:00', '08:00');
    const [r] = await pushFrom(t, coordinator, [backwards]);
    expect(r).toMatchObject({ status: 'rejected', code: 'end_before_start', details: [{ path: 'plannedEnd' }] });
    const elsewhere = await t.db
      .selectFrom('sites')
      .select('id')
      .where('municipalityId', '!=', place.municipalityId)
      .executeTakeFirstOrThrow();
    const [wrongSite] = await pushFrom(t, coordinator, [create('08:00', '09:00', { siteId: elsewhere.id })]);
    expect(wrongSite).toMatchObject({ status: 'rejected', code: 'site_not_in_municipality' });
    const [nobody] = await pushFrom(t, coordinator, [create('08:00', '09:00', { personId: newId() })]);
    expect(nobody).toMatchObject({ status: 'rejected', code: 'unknown_reference' });
    expect(await count(backwards.args.id)).toBe(0);
  });

  it('books one person once when two coordinators send overlapping bookings at the same moment', async () => {
    const admin = await deviceOf(t, t.logins.admin);
    for (const [i, [s1, e1, s2, e2]] of [
      ['08:00', '12:00', '10:00', '14:00'],
      ['15:00', '16:00', '15:00', '16:00'],
      ['17:00', '19:00', '17:30', '18:00'],
    ].entries()) {
      const a = create(s1!, e1!);
      const b = create(s2!, e2!);
      const [ra, rb] = await Promise.all([pushFrom(t, coordinator, [a]), pushFrom(t, admin, [b])]);
      const statuses = [ra[0]!.status, rb[0]!.status].sort();
      expect({ i, statuses }).toEqual({ i, statuses: ['applied', 'rejected'] });
      const loser = ra[0]!.status === 'rejected' ? ra[0]! : rb[0]!;
      expect(loser.code).toBe('double_booked');
      expect((await count(a.args.id)) + (await count(b.args.id))).toBe(1);
    }
  });
});
