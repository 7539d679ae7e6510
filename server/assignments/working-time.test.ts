import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assignment, RuleOverride } from '../../shared/assignments/schema';
import type { ErrorBody } from '../../shared/errors/errors';
import { newId } from '../../shared/ids/ids';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { addDays, instantOf } from '../../shared/time/dates';
import { assignmentUpdate, personOf, placeOf } from '../testing/assignment-pushes';
import { type Device, deviceOf, type Draft, pushFrom } from '../testing/push-as';
import { startTestApp, type TestApp } from '../testing/test-app';
import { toAssignment } from './fields';

/**
 * Working-time rules on arrival (issue 16 point 5): the demo association plans under Carinthia's K-GMG in
 * Vienna's zone. A breach needs a coordinator's override with a reason, stamped by the server; two pushes
 * in flight that together pass the weekly maximum leave the second refused (`npm run test:pg` as well).
 */
let t: TestApp;
let coordinator: Device;
let coordinatorId: string;
let lena: string;
let place: Pick<Assignment, 'municipalityId' | 'siteId' | 'serviceTypeId'>;
beforeEach(async () => {
  t = await startTestApp();
  coordinator = await deviceOf(t, t.logins.coordinator);
  lena = await personOf(t, t.logins.technician);
  coordinatorId = await personOf(t, t.logins.coordinator);
  place = await placeOf(t);
});
afterEach(() => t.close());

// A week far from the demo's: Monday 1 March 2027.
const monday = '2027-03-01';
const at = (day: number, hhmm: string) => instantOf('Europe/Vienna', addDays(monday, day), hhmm).toISOString();
const create = (day: number, start: string, end: string, extra: Partial<Assignment> = {}): Draft => ({
  name: 'assignment.create',
  args: {
    id: newId(),
    personId: lena,
    ...place,
    plannedStart: at(day, start),
    plannedEnd: at(day, end),
    task: 'Bürgerbüro',
    status: 'planned',
    workerNotes: '',
    ...extra,
  },
});
const override = (reason: string, warnings: RuleOverride['warnings']): RuleOverride => ({
  reason,
  warnings,
  by: lena,
  at: '2020-01-01T00:00:00.000Z',
});
const stored = async (id: string) =>
  toAssignment(await t.db.selectFrom('assignments').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
const count = async (id: string) =>
  (await t.db.selectFrom('assignments').select('id').where('id', '=', id).execute()).length;

describe('working-time rules on planned assignments', () => {
  it('refuses a day over the daily maximum with the paragraph in the details, and stores nothing', async () => {
    const long = create(0, '06:00', '20:00');
    const [r] = await pushFrom(t, coordinator, [long]);
    expect(r).toMatchObject({ status: 'rejected', code: 'working_time', row: null });
    expect(r!.details).toEqual([{ path: 'ruleOverride', code: 'daily_max', message: `§ 30 Abs. 1 K-GMG (${monday})` }]);
    expect(await count(long.args.id)).toBe(0);
  });

  it('takes an override with a reason and stamps who decided and when on the server', async () => {
    const long = create(0, '06:00', '20:00', { ruleOverride: override('Wahltag, keine andere Kraft', ['daily_max']) });
    const [r] = await pushFrom(t, coordinator, [long]);
    expect(r!.status).toBe('applied');
    const saved = await stored(long.args.id);
    expect(saved.ruleOverride).toMatchObject({ reason: 'Wahltag, keine andere Kraft', warnings: ['daily_max'] });
    expect(saved.ruleOverride!.by).toBe(coordinatorId);
    expect(saved.ruleOverride!.at).not.toBe('2020-01-01T00:00:00.000Z');
    expect(r!.row).toMatchObject({ ruleOverride: { by: coordinatorId } });
  });

  it('refuses an override without a reason naming the field, and one that answers another rule', async () => {
    const blank = create(0, '06:00', '20:00', { ruleOverride: override('   ', ['daily_max']) });
    const res = await t.json('/api/sync/push', coordinator.cookie, {
      type: 'push',
      protocol: PROTOCOL_VERSION,
      clientId: coordinator.clientId,
      mutations: [{ id: coordinator.next++, ...blank }],
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body).toMatchObject({ code: 'validation_failed' });
    expect(body.details?.map((d) => d.path)).toEqual(['mutations.0.args.ruleOverride.reason']);
    expect(await count(blank.args.id)).toBe(0);

    const [other] = await pushFrom(t, coordinator, [
      create(1, '06:00', '20:00', { ruleOverride: override('Messe', ['weekly_max']) }),
    ]);
    expect(other).toMatchObject({ status: 'rejected', code: 'working_time', details: [{ code: 'daily_max' }] });
  });

  it('refuses a move that cuts the rest between two days and answers with the server’s row', async () => {
    const evening = create(0, '14:00', '22:00');
    const morning = create(1, '11:00', '15:00');
    await pushFrom(t, coordinator, [evening, morning]);
    const row = await stored(morning.args.id);
    const [moved] = await pushFrom(t, coordinator, [
      assignmentUpdate(row, { plannedStart: at(1, '06:00'), plannedEnd: at(1, '10:00') }),
    ]);
    expect(moved).toMatchObject({ status: 'rejected', code: 'working_time', row: { plannedStart: row.plannedStart } });
    expect(moved!.details).toMatchObject([{ code: 'daily_rest', message: expect.stringContaining('§ 32 K-GMG') }]);
    expect(await stored(morning.args.id)).toMatchObject({ rev: row.rev });
  });

  it('adds the person’s work in every municipality: minors get their own pack from the date of birth', async () => {
    await t.db.updateTable('personProfiles').set({ dateOfBirth: '2010-05-01' }).where('id', '=', lena).execute();
    const [r] = await pushFrom(t, coordinator, [create(0, '08:00', '17:30')]);
    expect(r).toMatchObject({ status: 'rejected', code: 'working_time' });
    expect(r!.message).toContain('§ 11 Abs. 1 KJBG');
  });

  it('refuses the second of two pushes in flight that together pass the daily maximum', async () => {
    // 7 h and 6:30 h of work (each with its planned half-hour break) on one day: each alone is allowed,
    // together 13:30 h pass the 13 h of § 30 Abs. 1.
    const admin = await deviceOf(t, t.logins.admin);
    const a = create(2, '06:00', '13:30');
    const b = create(2, '13:30', '20:30');
    const [ra, rb] = await Promise.all([pushFrom(t, coordinator, [a]), pushFrom(t, admin, [b])]);
    const statuses = [ra[0]!.status, rb[0]!.status].sort();
    expect(statuses).toEqual(['applied', 'rejected']);
    const loser = ra[0]!.status === 'rejected' ? ra[0]! : rb[0]!;
    expect(loser).toMatchObject({ code: 'working_time', details: [{ code: 'daily_max' }] });
    expect((await count(a.args.id)) + (await count(b.args.id))).toBe(1);
  });

  it('stores exactly the overrides with a reason when pushes with and without one are in flight at once', async () => {
    const admin = await deviceOf(t, t.logins.admin);
    const withReason = create(0, '06:00', '20:00', { ruleOverride: override('Wahltag', ['daily_max']) });
    const blank = create(3, '06:00', '20:00', { ruleOverride: override(' ', ['daily_max']) });
    const none = create(4, '06:00', '20:00');
    const raw = (d: Device, draft: Draft) =>
      t.json('/api/sync/push', d.cookie, {
        type: 'push',
        protocol: PROTOCOL_VERSION,
        clientId: d.clientId,
        mutations: [{ id: d.next++, ...draft }],
      });
    const [ok, refused, unanswered] = await Promise.all([
      pushFrom(t, coordinator, [withReason]),
      raw(admin, blank),
      pushFrom(t, await deviceOf(t, t.logins.coordinator), [none]),
    ]);
    expect(ok[0]!.status).toBe('applied');
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as ErrorBody;
    expect(body.details?.map((d) => d.path)).toEqual(['mutations.0.args.ruleOverride.reason']);
    expect(unanswered[0]).toMatchObject({ status: 'rejected', code: 'working_time' });
    expect([await count(withReason.args.id), await count(blank.args.id), await count(none.args.id)]).toEqual([1, 0, 0]);
  });
});
