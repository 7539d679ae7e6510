import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/assignments/schema';
import { groupCells, noFilters } from './board-model';
import { namesOf } from './chip-view';
import { createRowViews } from './grid-rows';
import type { Marker } from './markers';

const assignment = (id: string, start: string, end: string, status: Assignment['status'] = 'planned'): Marker => ({
  kind: 'assignment',
  key: id,
  date: start.slice(0, 10),
  personId: 'p1',
  label: '',
  assignment: {
    id,
    rev: 1,
    updatedAt: '2026-11-01T00:00:00Z',
    personId: 'p1',
    municipalityId: 'm1',
    siteId: 's1',
    serviceTypeId: 't1',
    plannedStart: start,
    plannedEnd: end,
    task: '',
    status,
    workerNotes: '',
  },
  municipalityId: 'm1',
  serviceTypeId: 't1',
});

const names = namesOf({
  municipalities: [{ id: 'm1', name: 'Ossiach' }],
  sites: [{ id: 's1', name: 'Gemeindeamt' }],
  serviceTypes: [{ id: 't1', name: 'Meldeamt' }],
});

const days = ['2026-12-07', '2026-12-08'];
const markers = [
  assignment('a', '2026-12-07T07:00:00Z', '2026-12-07T11:00:00Z'),
  assignment('b', '2026-12-08T12:00:00Z', '2026-12-08T13:30:00Z', 'cancelled'),
];

const viewsOf = (target: number | null) => {
  let asked = 0;
  const rows = createRowViews({
    cells: groupCells(markers, noFilters),
    days,
    mondays: ['2026-12-07'],
    planned: () => {
      asked++;
      return 240;
    },
    target: () => target,
    names,
    timeZone: 'Europe/Vienna',
  });
  return { rows, asked: () => asked };
};

describe('createRowViews', () => {
  it('prepares each day’s chips with times in the zone and a name that starts with what is seen', () => {
    const row = viewsOf(null).rows('p1');
    const [monday, tuesday] = row.days;
    expect(monday?.map((c) => c.text)).toEqual(['08:00–12:00\nOssiach']);
    expect(monday?.[0]?.label).toBe('08:00–12:00 Ossiach, Gemeindeamt, Meldeamt');
    expect(tuesday?.[0]?.cancelled).toBe(true);
    expect(tuesday?.[0]?.label).toMatch(/^13:00–14:30 Ossiach, Gemeindeamt, Meldeamt, /);
    expect(
      viewsOf(null)
        .rows('p2')
        .days.map((d) => d.length),
    ).toEqual([0, 0]);
  });

  it('makes a row once until the data changes, and its weekly total against the target', () => {
    const v = viewsOf(2400);
    const first = v.rows('p1');
    expect(v.rows('p1')).toBe(first);
    expect(v.asked()).toBe(1);
    expect(first.totals[0]).toMatchObject({ load: 'under', text: '4:00 / 40:00 h' });
    expect(viewsOf(null).rows('p1').totals[0]?.load).toBe('none');
  });
});
