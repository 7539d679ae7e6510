import { describe, expect, it } from 'vitest';
import { type AbsenceState, checkAbsence, checkAbsenceDetails, decides } from './rules';

const staff = { id: 'p1', roles: ['staff'] };
const planner = { id: 'c1', roles: ['coordinator'] };
const contact = { id: 'p1', roles: ['municipality_contact'] };
const base: AbsenceState = {
  id: 'a1',
  personId: 'p1',
  from: '2026-12-07',
  to: '2026-12-11',
  startTime: null,
  endTime: null,
  status: 'requested',
};
const approved = (over: Partial<AbsenceState>): AbsenceState => ({ ...base, id: 'a0', status: 'approved', ...over });
const codes = (issues: { path: string; code: string }[]) => issues.map((i) => [i.path, i.code]);

describe('checkAbsence: who writes what', () => {
  it('lets a person request their own leave, and nobody else’s', () => {
    expect(checkAbsence(staff, null, base, [])).toEqual([]);
    expect(codes(checkAbsence(staff, null, { ...base, personId: 'p2' }, []))).toEqual([['personId', 'forbidden']]);
    expect(codes(checkAbsence(contact, null, base, []))).toEqual([['personId', 'forbidden']]);
  });

  it('keeps deciding to planners: a person neither approves nor edits a decided absence', () => {
    expect(codes(checkAbsence(staff, null, { ...base, status: 'approved' }, []))).toEqual([
      ['status', 'status_not_allowed'],
    ]);
    expect(codes(checkAbsence(staff, base, { ...base, status: 'approved' }, []))).toEqual([
      ['status', 'status_not_allowed'],
    ]);
    const decided = { ...base, status: 'approved' as const };
    expect(codes(checkAbsence(staff, decided, { ...decided, status: 'cancelled' }, []))).toEqual([
      ['status', 'absence_decided'],
    ]);
  });

  it('lets a person cancel or move their request while it is requested', () => {
    expect(checkAbsence(staff, base, { ...base, status: 'cancelled' }, [])).toEqual([]);
    expect(checkAbsence(staff, base, { ...base, to: '2026-12-12' }, [])).toEqual([]);
  });

  it('lets planners enter approved absences for anyone and decide requests once', () => {
    expect(checkAbsence(planner, null, { ...base, status: 'approved' }, [])).toEqual([]);
    expect(checkAbsence(planner, base, { ...base, status: 'declined' }, [])).toEqual([]);
    expect(codes(checkAbsence(planner, null, { ...base, status: 'declined' }, []))).toEqual([
      ['status', 'status_not_allowed'],
    ]);
    const declined = { ...base, status: 'declined' as const };
    expect(codes(checkAbsence(planner, declined, { ...declined, status: 'approved' }, []))).toEqual([
      ['status', 'status_not_allowed'],
    ]);
    expect(codes(checkAbsence(planner, declined, { ...declined, to: '2026-12-12' }, []))).toEqual([
      ['status', 'absence_decided'],
    ]);
    expect(codes(checkAbsence(planner, base, { ...base, personId: 'p2' }, []))).toEqual([['personId', 'person_fixed']]);
  });
});

describe('checkAbsence: shape', () => {
  it('refuses an end before the start at the field that ends', () => {
    expect(codes(checkAbsence(staff, null, { ...base, to: '2026-12-06' }, []))).toEqual([['to', 'end_before_start']]);
    const partDay = { ...base, to: base.from, startTime: '13:00', endTime: '12:00' };
    expect(codes(checkAbsence(staff, null, partDay, []))).toEqual([['endTime', 'end_before_start']]);
  });

  it('wants both times of a part day', () => {
    expect(codes(checkAbsence(staff, null, { ...base, startTime: '08:00' }, []))).toEqual([
      ['endTime', 'time_incomplete'],
    ]);
    expect(checkAbsence(staff, null, { ...base, to: base.from, startTime: '08:00', endTime: '12:00' }, [])).toEqual([]);
  });
});

describe('checkAbsence: overlaps with approved absences', () => {
  it('refuses a request overlapping an approved absence, naming the side that runs into it', () => {
    const before = [approved({ from: '2026-12-03', to: '2026-12-08' })];
    expect(codes(checkAbsence(staff, null, base, before))).toEqual([['from', 'overlaps_absence']]);
    const after = [approved({ from: '2026-12-10', to: '2026-12-20' })];
    expect(codes(checkAbsence(staff, null, base, after))).toEqual([['to', 'overlaps_absence']]);
  });

  it('ignores other people, requests, declined ones and the absence itself', () => {
    const others = [
      approved({ personId: 'p2' }),
      approved({ status: 'requested' }),
      approved({ status: 'declined' }),
      { ...base, status: 'approved' as const },
    ];
    expect(checkAbsence(staff, null, base, others)).toEqual([]);
  });

  it('lets part days of one day sit side by side', () => {
    const morning = approved({ to: base.from, startTime: '08:00', endTime: '12:00' });
    const afternoon = { ...base, to: base.from, startTime: '12:00', endTime: '16:00' };
    expect(checkAbsence(staff, null, afternoon, [morning])).toEqual([]);
    expect(codes(checkAbsence(staff, null, { ...afternoon, startTime: '11:30' }, [morning]))).toEqual([
      ['from', 'overlaps_absence'],
    ]);
  });

  it('refuses approving a request that overlaps an approved absence, and not cancelling it', () => {
    const others = [approved({ from: '2026-12-11', to: '2026-12-11' })];
    expect(codes(checkAbsence(planner, base, { ...base, status: 'approved' }, others))).toEqual([
      ['to', 'overlaps_absence'],
    ]);
    expect(checkAbsence(planner, base, { ...base, status: 'cancelled' }, others)).toEqual([]);
  });
});

describe('checkAbsenceDetails', () => {
  it('lets the person give leave details for her open request only; planners any kind', () => {
    expect(checkAbsenceDetails(staff, base, { kind: 'leave', note: 'Urlaub' })).toEqual([]);
    expect(codes(checkAbsenceDetails(staff, base, { kind: 'sickness', note: '' }))).toEqual([
      ['kind', 'kind_not_allowed'],
    ]);
    expect(codes(checkAbsenceDetails(staff, { ...base, status: 'approved' }, { kind: 'leave', note: '' }))).toEqual([
      ['status', 'absence_decided'],
    ]);
    expect(codes(checkAbsenceDetails(staff, { ...base, personId: 'p2' }, { kind: 'leave', note: '' }))).toEqual([
      ['id', 'forbidden'],
    ]);
    expect(checkAbsenceDetails(planner, { ...base, personId: 'p2' }, { kind: 'sickness', note: 'Grippe' })).toEqual([]);
    expect(codes(checkAbsenceDetails(planner, null, { kind: 'leave', note: '' }))).toEqual([
      ['id', 'unknown_reference'],
    ]);
  });
});

describe('decides', () => {
  it('is a move to a decided status, or a new absence entered decided', () => {
    expect(decides(null, { status: 'approved' })).toBe(true);
    expect(decides(null, { status: 'requested' })).toBe(false);
    expect(decides({ status: 'requested' }, { status: 'cancelled' })).toBe(true);
    expect(decides({ status: 'approved' }, { status: 'approved' })).toBe(false);
  });
});
