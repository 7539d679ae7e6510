import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/auth/schemas';
import { newId } from '../../shared/ids/ids';
import { freshDbs } from '../testing/fresh-dbs';
import { refusal } from '../testing/refusal';
import { createAbsence, updateAbsence, updateAbsenceDetails } from './local-writes';

const now = new Date('2026-11-18T09:30:00Z');
const staff: SessionUser = {
  id: newId(),
  associationId: newId(),
  associationName: 'Test',
  timeZone: 'Europe/Vienna',
  email: 'lena@example.org',
  displayName: 'Lena',
  roles: ['staff'],
  capabilities: ['absences.request-own'],
};
const planner: SessionUser = { ...staff, id: newId(), roles: ['coordinator'], capabilities: ['assignments.plan'] };
const leave = {
  personId: staff.id,
  from: '2026-12-07',
  to: '2026-12-08',
  startTime: null,
  endTime: null,
  status: 'requested' as const,
  kind: 'leave' as const,
  note: 'Familienfeier',
};
const open = freshDbs('absences');

describe('absence local writes', () => {
  it('stores a request with its details and queues the absence before its details', async () => {
    const db = open();
    const a = await createAbsence(db, staff, leave, now);
    expect(await db.absenceDetails.get(a.id)).toMatchObject({ personId: staff.id, kind: 'leave' });
    const outbox = await db.outbox.orderBy('id').toArray();
    expect(outbox.map((e) => e.name)).toEqual(['absence.create', 'absenceDetails.create']);
    expect(outbox[0]!.args).not.toHaveProperty('kind');
    expect(outbox[1]!.args).toEqual({ id: a.id, kind: 'leave', note: 'Familienfeier' });
  });

  it('refuses on the device what the server would, naming the field, and queues nothing', async () => {
    const db = open();
    const backwards = await refusal(createAbsence(db, staff, { ...leave, to: '2026-12-06' }, now));
    expect(backwards.details).toMatchObject([{ path: 'to', code: 'end_before_start' }]);
    const sick = await refusal(createAbsence(db, staff, { ...leave, kind: 'sickness' }, now));
    expect(sick.details).toMatchObject([{ path: 'kind', code: 'kind_not_allowed' }]);
    const missing = await refusal(createAbsence(db, staff, { ...leave, from: '' }, now));
    expect(missing.details?.[0]?.path).toBe('from');
    expect(await db.outbox.count()).toBe(0);
    expect(await db.absences.count()).toBe(0);
  });

  it('refuses a request over an approved absence the device holds', async () => {
    const db = open();
    await createAbsence(db, planner, { ...leave, status: 'approved', kind: 'sickness' }, now);
    const err = await refusal(createAbsence(db, staff, { ...leave, from: '2026-12-08', to: '2026-12-09' }, now));
    expect(err.details).toMatchObject([{ path: 'from', code: 'overlaps_absence' }]);
  });

  it('stamps a planner’s decision on the device and sends only the status', async () => {
    const db = open();
    const a = await createAbsence(db, staff, leave, now);
    await refusal(updateAbsence(db, staff, a.id, { status: 'approved' }, now));
    const decided = await updateAbsence(db, planner, a.id, { status: 'approved' }, now);
    expect(decided).toMatchObject({ status: 'approved', decidedBy: planner.id, decidedAt: now.toISOString() });
    const last = (await db.outbox.orderBy('id').toArray()).at(-1)!;
    expect(last.args).toMatchObject({ base: { status: 'requested' }, changes: { status: 'approved' } });
    expect(JSON.stringify(last.args)).not.toContain('decidedBy');
    // Decided: the person's note is hers no more to change.
    await refusal(updateAbsenceDetails(db, staff, a.id, { note: 'anders' }, now));
  });
});
