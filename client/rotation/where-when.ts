import type { Absence, AbsenceDetail } from '../../shared/absences/schema';
import type { Station } from '../../shared/rotation/schema';
import { addDays, weekStart } from '../../shared/time/dates';

/** The station the apprentice is at on `today` and the next one to start after it (or after today). */
export function currentAndNext(stations: readonly Station[], today: string): { current?: Station; next?: Station } {
  const sorted = [...stations].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const current = sorted.find((s) => s.startsOn <= today && today <= s.endsOn);
  const next = sorted.find((s) => s.startsOn > (current?.endsOn ?? today));
  return { ...(current ? { current } : {}), ...(next ? { next } : {}) };
}

/** One working day of the week: at which station, or at the vocational school (Berufsschule). */
export type WeekDay = { date: string; station?: Station; school: boolean };

/**
 * The working days from `today` to Friday of next week (so a school day next week shows before it
 * comes); a day is a school day when an absence of the person of kind `school` that still holds
 * (requested or approved) covers it. Details are the person's own to read.
 */
export function weekPlan(
  stations: readonly Station[],
  absences: readonly Absence[],
  details: readonly AbsenceDetail[],
  personId: string,
  today: string,
): WeekDay[] {
  const school = new Set(details.filter((d) => d.kind === 'school' && d.personId === personId).map((d) => d.id));
  const schoolSpans = absences.filter(
    (a) => a.personId === personId && school.has(a.id) && (a.status === 'approved' || a.status === 'requested'),
  );
  const monday = weekStart(today);
  return Array.from({ length: 12 }, (_, i) => addDays(monday, i))
    .filter((date) => date >= today && new Date(`${date}T00:00:00Z`).getUTCDay() % 6 !== 0)
    .map((date) => {
      const station = stations.find((s) => s.startsOn <= date && date <= s.endsOn);
      return { date, school: schoolSpans.some((a) => a.from <= date && date <= a.to), ...(station ? { station } : {}) };
    });
}
