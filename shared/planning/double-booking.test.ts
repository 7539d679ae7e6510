import { describe, expect, it } from 'vitest';
import { type Booking, firstOverlap, overlaps } from './double-booking';

const b = (id: string, start: string, end: string, extra: Partial<Booking> = {}): Booking => ({
  id,
  personId: 'p1',
  plannedStart: `2026-12-07T${start}:00Z`,
  plannedEnd: `2026-12-07T${end}:00Z`,
  status: 'planned',
  ...extra,
});

describe('overlaps', () => {
  it('finds times of one person that overlap, partly or wholly', () => {
    expect(overlaps(b('a', '08:00', '12:00'), b('b', '11:00', '13:00'))).toBe(true);
    expect(overlaps(b('a', '08:00', '12:00'), b('b', '09:00', '10:00'))).toBe(true);
    expect(overlaps(b('a', '09:00', '10:00'), b('b', '08:00', '12:00'))).toBe(true);
  });

  it('lets one booking end when the next starts', () => {
    expect(overlaps(b('a', '08:00', '12:00'), b('b', '12:00', '16:00'))).toBe(false);
  });

  it('ignores other people, the same assignment and cancelled ones', () => {
    expect(overlaps(b('a', '08:00', '12:00'), b('b', '09:00', '10:00', { personId: 'p2' }))).toBe(false);
    expect(overlaps(b('a', '08:00', '12:00'), b('a', '09:00', '10:00'))).toBe(false);
    expect(overlaps(b('a', '08:00', '12:00'), b('b', '09:00', '10:00', { status: 'cancelled' }))).toBe(false);
    expect(overlaps(b('a', '08:00', '12:00', { status: 'cancelled' }), b('b', '09:00', '10:00'))).toBe(false);
  });

  it('compares instants, not strings of different precision', () => {
    const a = b('a', '08:00', '12:00');
    expect(
      overlaps(a, {
        ...b('b', '00:00', '00:00'),
        plannedStart: '2026-12-07T11:59:59.500Z',
        plannedEnd: '2026-12-07T13:00:00.000Z',
      }),
    ).toBe(true);
    expect(
      overlaps(a, {
        ...b('b', '00:00', '00:00'),
        plannedStart: '2026-12-07T12:00:00.000Z',
        plannedEnd: '2026-12-07T13:00:00.000Z',
      }),
    ).toBe(false);
  });
});

describe('firstOverlap', () => {
  it('names the earliest overlapping booking, or null', () => {
    const others = [b('late', '11:00', '12:00'), b('early', '07:00', '09:00'), b('free', '13:00', '14:00')];
    expect(firstOverlap(b('new', '08:00', '11:30'), others)?.id).toBe('early');
    expect(firstOverlap(b('new', '12:00', '13:00'), others)).toBeNull();
  });
});
