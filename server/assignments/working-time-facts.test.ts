import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/assignments/schema';
import { newId } from '../../shared/ids/ids';
import { addDays, instantOf } from '../../shared/time/dates';
import { leaveRequest } from '../testing/absence-pushes';
import { personOf, placeOf } from '../testing/assignment-pushes';
import { type Device, deviceOf, type Draft, pushFrom } from '../testing/push-as';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * What the server's check of a plan reads besides the person's assignments (issue 16 point 5): her
 * approved school absences, the public holidays of the municipality she is planned at and the closure
 * days, as the shared `workContextFrom` builds them on the device too. Lena is a minor here (KJBG in the
 * Carinthian demo association). `npm run test:pg` runs it on PostgreSQL as well.
 */
let t: TestApp;
let coordinator: Device;
let admin: Device;
let lena: string;
let place: Pick<Assignment, 'municipalityId' | 'siteId' | 'serviceTypeId'>;
beforeEach(async () => {
  t = await startTestApp();
  coordinator = await deviceOf(t, t.logins.coordinator);
  admin = await deviceOf(t, t.logins.admin);
  lena = await personOf(t, t.logins.technician);
  place = await placeOf(t);
  await t.db.updateTable('personProfiles').set({ dateOfBirth: '2010-05-01' }).where('id', '=', lena).execute();
});
afterEach(() => t.close());

// Monday 1 March 2027; Easter Monday is 29 March 2027.
const monday = '2027-03-01';
const at = (date: string, hhmm: string) => instantOf('Europe/Vienna', date, hhmm).toISOString();
const plan = (date: string, start: string, end: string): Draft => ({
  name: 'assignment.create',
  args: {
    id: newId(),
    personId: lena,
    ...place,
    plannedStart: at(date, start),
    plannedEnd: at(date, end),
    task: 'Bürgerbüro',
    status: 'planned',
    workerNotes: '',
  },
});
const one = async (d: Device, draft: Draft) => (await pushFrom(t, d, [draft]))[0]!;
const school = async (from: string, to: string, more: { startTime?: string; endTime?: string } = {}) => {
  const absence = leaveRequest(lena, { from, to, status: 'approved', ...more });
  const results = await pushFrom(t, coordinator, [
    { name: 'absence.create', args: absence },
    { name: 'absenceDetails.create', args: { id: absence.id, kind: 'school', note: '' } },
  ]);
  expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
};

describe('the server’s plan check reads school days, public holidays and closure days', () => {
  it('counts an approved school day as working time (KJBG § 11 Abs. 5): 2 h after a whole one pass 8 h', async () => {
    const day = addDays(monday, 2);
    expect((await one(coordinator, plan(day, '14:00', '16:00'))).status).toBe('applied');
    await school(addDays(monday, 3), addDays(monday, 3));
    const r = await one(coordinator, plan(addDays(monday, 3), '14:00', '16:00'));
    expect(r).toMatchObject({ status: 'rejected', code: 'working_time', details: [{ code: 'daily_max' }] });
    expect(r.message).toContain('§ 11 Abs. 1 KJBG');
  });

  it('counts a part school day by its hours: 3 h of school and 4 h of work stay within 8 h', async () => {
    const day = addDays(monday, 1);
    await school(day, day, { startTime: '08:00', endTime: '11:00' });
    expect((await one(coordinator, plan(day, '12:00', '16:00'))).status).toBe('applied');
    const longer = addDays(monday, 4);
    await school(longer, longer, { startTime: '08:00', endTime: '13:00' });
    expect(await one(coordinator, plan(longer, '13:30', '17:30'))).toMatchObject({
      status: 'rejected',
      details: [{ code: 'daily_max' }],
    });
  });

  it('refuses work on a public holiday of the municipality (KJBG § 18 Abs. 1) and on a closure of all', async () => {
    expect(await one(coordinator, plan('2027-03-29', '08:00', '12:00'))).toMatchObject({
      status: 'rejected',
      details: [{ code: 'rest_day', message: '§ 18 Abs. 1 KJBG (2027-03-29)' }],
    });
    const closure = (date: string, part: 'whole' | 'half'): Draft => ({
      name: 'closureDay.create',
      args: { id: newId(), date, municipalityId: null, part, name: 'Fenstertag' },
    });
    const [whole, half] = await pushFrom(t, admin, [closure('2027-03-02', 'whole'), closure('2027-03-03', 'half')]);
    expect([whole!.status, half!.status]).toEqual(['applied', 'applied']);
    expect(await one(coordinator, plan('2027-03-02', '08:00', '12:00'))).toMatchObject({
      status: 'rejected',
      details: [{ code: 'rest_day' }],
    });
    expect((await one(coordinator, plan('2027-03-03', '08:00', '12:00'))).status).toBe('applied');
  });

  it('leaves adults’ school days, requested ones and other kinds out', async () => {
    await t.db.updateTable('personProfiles').set({ dateOfBirth: null }).where('id', '=', lena).execute();
    await school(monday, monday);
    expect((await one(coordinator, plan(monday, '14:00', '18:00'))).status).toBe('applied');
  });
});
