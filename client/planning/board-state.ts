import { type Accessor, createMemo, createSignal } from 'solid-js';
import type { SessionUser } from '../../shared/auth/schemas';
import type { Person } from '../../shared/masterdata/schemas';
import type { LocalDb } from '../db/local-db';
import { createLiveQuery } from '../db/live';
import { createWeekParam } from '../ui/week-param';
import {
  type BoardFilters,
  boardDays,
  boardPeople,
  boardTotals,
  boardWeeks,
  type Cells,
  DEFAULT_WEEKS,
  groupCells,
  noFilters,
} from './board-model';
import { collectMarkers, type Marker } from './markers';

export type Board = {
  monday: Accessor<string>;
  thisMonday: Accessor<string>;
  weeks: Accessor<number>;
  setWeeks: (n: number) => void;
  filters: Accessor<BoardFilters>;
  setFilters: (f: BoardFilters) => void;
  days: Accessor<string[]>;
  mondays: Accessor<string[]>;
  markers: Accessor<Marker[] | undefined>;
  cells: Accessor<Cells>;
  people: Accessor<Person[]>;
  allPeople: Accessor<Person[]>;
  personName: (id: string) => string;
  planned: Accessor<(personId: string, week: string) => number>;
  /** Weekly target minutes, where the device holds the person's profile (administrators' devices). */
  target: (personId: string) => number | null;
};

/** The board's data: the days, the markers of every provider, people, filters and totals, all live. */
export function createBoard(db: LocalDb, user: SessionUser): Board {
  const { monday, thisMonday } = createWeekParam(user.timeZone);
  const [weeks, setWeeks] = createSignal(DEFAULT_WEEKS);
  const [filters, setFilters] = createSignal<BoardFilters>(noFilters);
  const days = createMemo(() => boardDays(monday(), weeks()));
  const range = createMemo(() => ({ from: days()[0]!, to: days().at(-1)!, timeZone: user.timeZone }));
  const markers = createLiveQuery<Marker[] | undefined>(
    () => collectMarkers(db, range()),
    undefined,
    () => range(),
  );
  const allPeople = createLiveQuery(() => db.people.toArray(), []);
  const profiles = createLiveQuery(() => db.personProfiles.toArray(), []);
  const targets = createMemo(() => new Map(profiles().map((p) => [p.id, p.weeklyTargetMinutes])));
  const names = createMemo(() => new Map(allPeople().map((p) => [p.id, p.displayName])));
  return {
    monday,
    thisMonday,
    weeks,
    setWeeks,
    filters,
    setFilters,
    days,
    mondays: createMemo(() => boardWeeks(days())),
    markers,
    cells: createMemo(() => groupCells(markers() ?? [], filters())),
    people: createMemo(() => boardPeople(allPeople(), filters())),
    allPeople,
    personName: (id) => names().get(id) ?? '?',
    planned: createMemo(() => boardTotals(markers() ?? [])),
    target: (id) => targets().get(id) ?? null,
  };
}
