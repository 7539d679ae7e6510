import type { Assignment } from '../../shared/assignments/schema';
import type { Person } from '../../shared/masterdata/schemas';
import { addDays } from '../../shared/time/dates';
import { benchMunicipalities, benchProfiles } from '../people/people-data';

/** The board's first Monday and span: six weeks, the most the board shows. */
export const PLANNER_MONDAY = '2026-11-30';
export const PLANNER_WEEKS = 6;
export const PLANNER_TIME_ZONE = 'Europe/Vienna';

const uuid = (prefix: number, n: number) =>
  `0193a5c0-${String(prefix).padStart(4, '0')}-7000-8000-${String(n).padStart(12, '0')}`;
const stamp = '2026-11-18T09:00:00.000Z';

/** `n` active people who work assignments, with the people bench's names and skills. */
export function plannerPeople(n: number): Person[] {
  return benchProfiles(n).map((p) => ({
    id: p.id,
    rev: p.rev,
    updatedAt: stamp,
    displayName: p.displayName,
    roles: ['staff'],
    skills: p.skills,
    active: true,
  }));
}

/**
 * Assignments on every weekday of the span for each person: one a day, a second on every third
 * person-day (200 people × 30 weekdays ≈ 8,000), morning and afternoon in UTC (winter: Vienna is UTC+1).
 */
export function plannerAssignments(people: readonly Person[]): Assignment[] {
  const out: Assignment[] = [];
  for (let d = 0; d < PLANNER_WEEKS * 7; d++) {
    if (d % 7 >= 5) continue;
    const date = addDays(PLANNER_MONDAY, d);
    people.forEach((p, i) => {
      const slots = (i + d) % 3 === 0 ? [7, 12] : [7];
      for (const hour of slots) {
        const m = benchMunicipalities[(i + hour) % benchMunicipalities.length]!;
        out.push({
          id: uuid(hour, out.length + 1),
          rev: 1,
          updatedAt: stamp,
          personId: p.id,
          municipalityId: m.id,
          siteId: m.id,
          serviceTypeId: m.id,
          plannedStart: `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`,
          plannedEnd: `${date}T${String(hour + 4).padStart(2, '0')}:00:00.000Z`,
          task: `Einsatz ${m.name}`,
          status: 'planned',
          workerNotes: '',
        });
      }
    });
  }
  return out;
}

export { benchMunicipalities as plannerMunicipalities };
