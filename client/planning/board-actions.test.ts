import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { freshDbs } from '../testing/fresh-dbs';
import {
  cancelAssignment,
  clashOf,
  copyAssignment,
  moveAssignment,
  planAssignment,
  type Schedule,
  shiftedTo,
} from './board-actions';
import { collectMarkers } from './markers';

const open = freshDbs('planning');
const zone = 'Europe/Vienna';
const now = new Date('2026-12-03T09:00:00Z');
const [p1, p2] = [newId(), newId()];
const schedule = (start: string, end: string, personId = p1): Schedule => ({
  personId,
  municipalityId: 'm1',
  siteId: 's1',
  serviceTypeId: 't1',
  plannedStart: `2026-12-07T${start}:00.000Z`,
  plannedEnd: `2026-12-07T${end}:00.000Z`,
  task: 'Schalter',
});
const range = { from: '2026-12-07', to: '2026-12-13', timeZone: zone };

describe('planning board writes', () => {
  it('queues a create, a move, a copy and a cancel as ordinary synced mutations', async () => {
    const db = open();
    const a = await planAssignment(db, schedule('07:00', '11:00'), now);
    const moved = await moveAssignment(db, a, { personId: p2, date: '2026-12-09' }, zone);
    expect(moved).toMatchObject({ personId: p2, plannedStart: '2026-12-09T07:00:00.000Z' });
    const copy = await copyAssignment(db, moved, { personId: p1, date: '2026-12-10' }, zone);
    expect(copy.id).not.toBe(a.id);
    expect(copy).toMatchObject({ personId: p1, plannedStart: '2026-12-10T07:00:00.000Z', status: 'planned' });
    await cancelAssignment(db, moved);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => e.name)).toEqual([
      'assignment.create',
      'assignment.update',
      'assignment.create',
      'assignment.update',
    ]);
    expect(outbox[1]!.args).toMatchObject({ base: { personId: p1 }, changes: { personId: p2 } });
    expect(outbox[3]!.args).toMatchObject({ changes: { status: 'cancelled' } });
  });

  it('keeps the local time of day across a change of summer time', () => {
    // 08:00 in Vienna in winter (UTC+1) is 06:00 UTC in summer (UTC+2).
    const s = shiftedTo(
      { plannedStart: '2027-03-26T07:00:00.000Z', plannedEnd: '2027-03-26T11:00:00.000Z' },
      '2027-03-29',
      zone,
    );
    expect(s).toEqual({ plannedStart: '2027-03-29T06:00:00.000Z', plannedEnd: '2027-03-29T10:00:00.000Z' });
  });

  it('warns of a double booking on the device, ignoring cancelled ones', async () => {
    const db = open();
    const a = await planAssignment(db, schedule('07:00', '11:00'), now);
    const probe = { id: newId(), status: 'planned' as const, ...schedule('10:00', '12:00') };
    expect((await clashOf(db, probe))?.id).toBe(a.id);
    expect(await clashOf(db, { ...probe, personId: p2 })).toBeNull();
    await cancelAssignment(db, a);
    expect(await clashOf(db, probe)).toBeNull();
  });

  it('shows assignments and refused planning changes as markers in their cells', async () => {
    const db = open();
    const a = await planAssignment(db, schedule('07:00', '11:00'), now);
    await db.problems.put({
      mutationId: 7,
      table: 'assignments',
      rowId: newId(),
      name: 'assignment.create',
      args: { id: newId(), ...schedule('09:00', '10:00', p2), status: 'planned', workerNotes: '' },
      code: 'double_booked',
      message: 'booked',
      at: now.toISOString(),
    });
    const markers = await collectMarkers(db, range);
    expect(markers.map((m) => [m.kind, m.personId, m.date])).toEqual([
      ['assignment', p1, '2026-12-07'],
      ['attention', p2, '2026-12-07'],
    ]);
    expect(markers[0]!.assignment?.id).toBe(a.id);
    expect(await collectMarkers(db, { ...range, from: '2026-12-08' })).toEqual([]);
  });
});
