import type { Absence, AbsenceKind } from '../absences/schema';
import type { ClosureDay } from '../holidays/schema';
import { addDays, toMinutes } from '../time/dates';
import { dateToDay, weekdayOf } from './local-time';
import type { PackId, SchoolDay, WorkContext } from './types';

/**
 * Everything a working-time check needs to know besides the work, as rows both sides hold: the server
 * reads them by SQL (public holidays from the holiday library), a device from Dexie (public holidays as
 * cached from `GET /api/holidays`). One function turns them into the checker's context, so the board,
 * the time entry form and the server's check on arrival judge the same facts the same way.
 */
export type RuleFacts = {
  timeZone: string;
  adultPack: PackId;
  dateOfBirth: string | null;
  /** Public holidays of each municipality (its country's and state's). */
  publicHolidays: readonly { municipalityId: string; date: string }[];
  /** The association's closure days; `municipalityId` null closes every office. */
  closureDays: readonly Pick<ClosureDay, 'date' | 'municipalityId' | 'part'>[];
  /** The person's absences with their kind where known (the kind is in absence details). */
  absences: readonly (Pick<Absence, 'from' | 'to' | 'startTime' | 'endTime' | 'status'> & {
    kind: AbsenceKind | null;
  })[];
  /** Only days in this range (`YYYY-MM-DD`, inclusive) are turned into school days. */
  window: { from: string; to: string };
};

/**
 * A whole school day, whose lessons are not known, is taken as a long one (more than 5 lessons, JArbSchG
 * § 9 Abs. 1 Nr. 2) of 8 h: the protective reading, since the device cannot ask the school.
 */
export const WHOLE_SCHOOL_DAY = { lessons: 6, minutes: 8 * 60 } as const;
/** A part day's lessons, estimated at 45 minutes each (breaks between them make this an upper estimate). */
const LESSON_MINUTES = 45;

/** The approved school absences as school days; weekends inside a block of school weeks are left out. */
export function schoolDaysOf(absences: RuleFacts['absences'], window: RuleFacts['window']): SchoolDay[] {
  const out: SchoolDay[] = [];
  for (const a of absences) {
    if (a.kind !== 'school' || a.status !== 'approved') continue;
    if (a.from === a.to && a.startTime && a.endTime) {
      if (a.from < window.from || a.from > window.to) continue;
      const minutes = Math.max(0, toMinutes(a.endTime) - toMinutes(a.startTime));
      out.push({ date: a.from, lessons: Math.floor(minutes / LESSON_MINUTES), minutes, startsAt: a.startTime });
      continue;
    }
    const from = a.from > window.from ? a.from : window.from;
    const to = a.to < window.to ? a.to : window.to;
    for (let date = from; date <= to; date = addDays(date, 1)) {
      if (weekdayOf(dateToDay(date)) < 5) out.push({ date, ...WHOLE_SCHOOL_DAY });
    }
  }
  return out;
}

/**
 * Days off as the checker reads them: a closure of every office is a day off for all the person's places;
 * public holidays and one office's whole closure days count where the work is (`municipalityId|date`).
 * Half closure days are no day off.
 */
export function daysOffOf(facts: Pick<RuleFacts, 'publicHolidays' | 'closureDays'>): {
  holidays: Set<string>;
  holidaysAt: Set<string>;
} {
  const holidays = new Set<string>();
  const holidaysAt = new Set(facts.publicHolidays.map((h) => `${h.municipalityId}|${h.date}`));
  for (const c of facts.closureDays) {
    if (c.part !== 'whole') continue;
    if (c.municipalityId === null) holidays.add(c.date);
    else holidaysAt.add(`${c.municipalityId}|${c.date}`);
  }
  return { holidays, holidaysAt };
}

/** The checker's context for one person from the facts both sides hold. */
export function workContextFrom(facts: RuleFacts): WorkContext {
  return {
    timeZone: facts.timeZone,
    adultPack: facts.adultPack,
    dateOfBirth: facts.dateOfBirth,
    ...daysOffOf(facts),
    schoolDays: schoolDaysOf(facts.absences, facts.window),
  };
}

/**
 * Days off per municipality for ranking candidates: its public holidays and the whole closure days of it
 * or of every office. Server and device build it from the same rows (holiday library or cache).
 */
export function daysOffByMunicipality(
  facts: Pick<RuleFacts, 'publicHolidays' | 'closureDays'>,
  municipalityIds: readonly string[],
): Map<string, Set<string>> {
  const out = new Map(municipalityIds.map((id) => [id, new Set<string>()]));
  for (const h of facts.publicHolidays) out.get(h.municipalityId)?.add(h.date);
  for (const c of facts.closureDays) {
    if (c.part !== 'whole') continue;
    if (c.municipalityId === null) for (const days of out.values()) days.add(c.date);
    else out.get(c.municipalityId)?.add(c.date);
  }
  return out;
}
