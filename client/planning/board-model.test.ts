import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/assignments/schema';
import type { Person } from '../../shared/masterdata/schemas';
import { boardDays, boardPeople, boardTotals, boardWeeks, groupCells, noFilters, skillsOf } from './board-model';
import type { Marker } from './markers';

const person = (id: string, displayName: string, extra: Partial<Person> = {}): Person => ({
  id,
  rev: 1,
  updatedAt: '2026-11-01T00:00:00Z',
  displayName,
  roles: ['staff'],
  skills: [],
  active: true,
  ...extra,
});

const marker = (id: string, personId: string, start: string, end: string, extra: Partial<Assignment> = {}): Marker => {
  const assignment: Assignment = {
    id,
    rev: 1,
    updatedAt: '2026-11-01T00:00:00Z',
    personId,
    municipalityId: 'm1',
    siteId: 's1',
    serviceTypeId: 't1',
    plannedStart: start,
    plannedEnd: end,
    task: '',
    status: 'planned',
    workerNotes: '',
    ...extra,
  };
  return {
    kind: 'assignment',
    key: id,
    date: start.slice(0, 10),
    personId,
    label: '',
    assignment,
    municipalityId: assignment.municipalityId,
    serviceTypeId: assignment.serviceTypeId,
  };
};

describe('boardDays', () => {
  it('starts on the Monday and holds one to six whole weeks', () => {
    const days = boardDays('2026-12-03', 2);
    expect(days).toHaveLength(14);
    expect(days[0]).toBe('2026-11-30');
    expect(days[13]).toBe('2026-12-13');
    expect(boardWeeks(days)).toEqual(['2026-11-30', '2026-12-07']);
    expect(boardDays('2026-12-03', 9)).toHaveLength(42);
    expect(boardDays('2026-12-03', 0)).toHaveLength(7);
  });
});

describe('groupCells', () => {
  const markers: Marker[] = [
    marker('a', 'p1', '2026-12-07T07:00:00Z', '2026-12-07T11:00:00Z'),
    marker('b', 'p1', '2026-12-07T12:00:00Z', '2026-12-07T14:00:00Z', { municipalityId: 'm2', serviceTypeId: 't2' }),
    marker('c', 'p2', '2026-12-08T07:00:00Z', '2026-12-08T11:00:00Z'),
    { kind: 'holiday', key: 'h', date: '2026-12-08', personId: null, label: 'Mariä Empfängnis' },
  ];

  it('groups markers per person and day, and everyone’s day markers apart', () => {
    const cells = groupCells(markers, noFilters);
    expect(cells.of('p1', '2026-12-07').map((m) => m.key)).toEqual(['a', 'b']);
    expect(cells.of('p2', '2026-12-08').map((m) => m.key)).toEqual(['c']);
    expect(cells.of('p2', '2026-12-07')).toEqual([]);
    expect(cells.ofDay('2026-12-08').map((m) => m.label)).toEqual(['Mariä Empfängnis']);
  });

  it('filters assignments by municipality and service type but keeps day markers', () => {
    const byTown = groupCells(markers, { ...noFilters, municipalityId: 'm2' });
    expect(byTown.of('p1', '2026-12-07').map((m) => m.key)).toEqual(['b']);
    expect(byTown.of('p2', '2026-12-08')).toEqual([]);
    expect(byTown.ofDay('2026-12-08')).toHaveLength(1);
    const byType = groupCells(markers, { ...noFilters, serviceTypeId: 't1' });
    expect(byType.of('p1', '2026-12-07').map((m) => m.key)).toEqual(['a']);
  });
});

describe('boardPeople and skills', () => {
  const people = [
    person('p1', 'Zoe Berger', { skills: ['Meldeamt', 'Kassa'] }),
    person('p2', 'Anna Steiner', { skills: ['Meldeamt'] }),
    person('p3', 'Max Gone', { active: false }),
    person('p4', 'Gerda Gemeinde', { roles: ['municipality_contact'] }),
  ];

  it('lists active people who work assignments by name, narrowed by skill', () => {
    expect(boardPeople(people, noFilters).map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(boardPeople(people, { ...noFilters, skill: 'Kassa' }).map((p) => p.id)).toEqual(['p1']);
    expect(skillsOf(people)).toEqual(['Kassa', 'Meldeamt']);
  });
});

describe('boardTotals', () => {
  it('adds up planned minutes per person and week, whatever the filters', () => {
    const total = boardTotals([
      marker('a', 'p1', '2026-12-07T07:00:00Z', '2026-12-07T11:00:00Z'),
      marker('b', 'p1', '2026-12-09T07:00:00Z', '2026-12-09T08:30:00Z', { municipalityId: 'm2' }),
      marker('c', 'p1', '2026-12-10T07:00:00Z', '2026-12-10T08:00:00Z', { status: 'cancelled' }),
      marker('d', 'p1', '2026-12-14T07:00:00Z', '2026-12-14T08:00:00Z'),
    ]);
    expect(total('p1', '2026-12-07')).toBe(330);
    expect(total('p1', '2026-12-14')).toBe(60);
    expect(total('p2', '2026-12-07')).toBe(0);
  });
});
