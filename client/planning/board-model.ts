import { can } from '../../shared/capabilities/capabilities';
import type { Person } from '../../shared/masterdata/schemas';
import { plannedMinutes } from '../../shared/planning/week-totals';
import { addDays, weekStart } from '../../shared/time/dates';
import type { Marker } from './markers';

export const MAX_WEEKS = 6;
export const DEFAULT_WEEKS = 2;

/** The board's days: whole weeks from the Monday of `date`, one to six of them. */
export function boardDays(date: string, weeks: number): string[] {
  const monday = weekStart(date);
  const n = Math.min(MAX_WEEKS, Math.max(1, Math.round(weeks))) * 7;
  return Array.from({ length: n }, (_, i) => addDays(monday, i));
}

/** '' means "all". */
export type BoardFilters = { municipalityId: string; serviceTypeId: string; skill: string };
export const noFilters: BoardFilters = { municipalityId: '', serviceTypeId: '', skill: '' };

/** Whether a marker shows under the filters: assignments by municipality and service type, the rest always. */
export function markerPasses(m: Marker, f: BoardFilters): boolean {
  if (f.municipalityId && m.municipalityId !== undefined && m.municipalityId !== f.municipalityId) return false;
  if (f.serviceTypeId && m.serviceTypeId !== undefined && m.serviceTypeId !== f.serviceTypeId) return false;
  return true;
}

/** The rows: active people who work assignments, with the chosen skill, by name. */
export function boardPeople(people: readonly Person[], f: BoardFilters): Person[] {
  return people
    .filter((p) => p.active && can(p, 'assignments.work-own') && (!f.skill || p.skills.includes(f.skill)))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'de'));
}

/** Every skill someone has, for the filter. */
export const skillsOf = (people: readonly Person[]): string[] =>
  [...new Set(people.flatMap((p) => p.skills))].sort((a, b) => a.localeCompare(b, 'de'));

export type Cells = {
  /** Markers of a person's day. */
  of(personId: string, date: string): readonly Marker[];
  /** Markers of a day for everyone (holidays). */
  ofDay(date: string): readonly Marker[];
};

const none: readonly Marker[] = [];

/** Groups the markers per person and day once, so a cell's lookup is two map reads. */
export function groupCells(markers: readonly Marker[], f: BoardFilters): Cells {
  const byPerson = new Map<string, Map<string, Marker[]>>();
  const byDay = new Map<string, Marker[]>();
  for (const m of markers) {
    if (!markerPasses(m, f)) continue;
    if (m.personId === null) {
      byDay.set(m.date, [...(byDay.get(m.date) ?? []), m]);
      continue;
    }
    const days = byPerson.get(m.personId) ?? new Map<string, Marker[]>();
    const list = days.get(m.date);
    if (list) list.push(m);
    else days.set(m.date, [m]);
    byPerson.set(m.personId, days);
  }
  return {
    of: (personId, date) => byPerson.get(personId)?.get(date) ?? none,
    ofDay: (date) => byDay.get(date) ?? none,
  };
}

/**
 * Planned minutes per person and week, from every assignment on the board whatever the filters: a person's
 * load does not shrink because one municipality is shown. As `weeklyPlannedMinutes` (shared/planning), but
 * from the marker's date, already in the association's zone: 8,000 assignments are not formatted twice.
 */
export function boardTotals(markers: readonly Marker[]): (personId: string, week: string) => number {
  const totals = new Map<string, Map<string, number>>();
  const weekOf = new Map<string, string>();
  for (const m of markers) {
    const a = m.assignment;
    const minutes = a ? plannedMinutes(a) : 0;
    if (!a || minutes === 0) continue;
    let week = weekOf.get(m.date);
    if (week === undefined) weekOf.set(m.date, (week = weekStart(m.date)));
    const person = totals.get(a.personId) ?? new Map<string, number>();
    person.set(week, (person.get(week) ?? 0) + minutes);
    totals.set(a.personId, person);
  }
  return (personId, week) => totals.get(personId)?.get(week) ?? 0;
}

/** The Mondays of the board's days. */
export const boardWeeks = (days: readonly string[]): string[] => days.filter((_, i) => i % 7 === 0);
