import { describe, expect, it } from 'vitest';
import type { OpenShift, OpenShiftState } from '../../shared/open-shifts/schema';
import { plannerOrder } from './planner-order';

const shift = (id: string, state: OpenShiftState, start: string, end: string) =>
  ({ id, state, plannedStart: start, plannedEnd: end }) as Pick<
    OpenShift,
    'id' | 'state' | 'plannedStart' | 'plannedEnd'
  >;

describe('plannerOrder', () => {
  it('puts waiting claims first, then open, taken and withdrawn, each by start, and drops long-past ones', () => {
    const now = new Date('2026-03-20T12:00:00Z');
    const rows = [
      shift('taken', 'taken', '2026-03-21T08:00:00Z', '2026-03-21T12:00:00Z'),
      shift('open-late', 'open', '2026-03-25T08:00:00Z', '2026-03-25T12:00:00Z'),
      shift('open-early', 'open', '2026-03-22T08:00:00Z', '2026-03-22T12:00:00Z'),
      shift('pending', 'pending', '2026-03-30T08:00:00Z', '2026-03-30T12:00:00Z'),
      shift('withdrawn', 'withdrawn', '2026-03-19T08:00:00Z', '2026-03-19T12:00:00Z'),
      shift('old', 'open', '2026-03-01T08:00:00Z', '2026-03-01T12:00:00Z'),
    ] as OpenShift[];
    expect(plannerOrder(rows, now).map((s) => s.id)).toEqual([
      'pending',
      'open-early',
      'open-late',
      'taken',
      'withdrawn',
    ]);
  });
});
