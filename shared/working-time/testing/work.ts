import { addDays, instantOf } from '../../time/dates';
import type { BreakInterval, PackId, PersonWorkInput, WorkingTimeWarning, WorkInterval } from '../types';

/** Builders for the working-time tests: wall-clock times in a fixed zone, as people write them. */
export function zone(timeZone: string) {
  const at = (date: string, hhmm: string): number => instantOf(timeZone, date, hhmm).getTime();
  return {
    at,
    /** Work on `date` from `from` to `to` (an earlier `to` ends on the next day). */
    work(date: string, from: string, to: string, municipalityId = 'm1', breakMinutes?: number): WorkInterval {
      const start = at(date, from);
      let end = at(date, to);
      if (end <= start) end = at(addDays(date, 1), to);
      return breakMinutes === undefined ? { start, end, municipalityId } : { start, end, municipalityId, breakMinutes };
    },
    pause(date: string, from: string, to: string): BreakInterval {
      return { start: at(date, from), end: at(date, to) };
    },
    input(adultPack: PackId, intervals: WorkInterval[], more: Partial<PersonWorkInput> = {}): PersonWorkInput {
      return { timeZone, dateOfBirth: null, adultPack, intervals, ...more };
    },
  };
}

/** The warnings of one paragraph, for assertions that do not care about the others. */
export const of = (warnings: readonly WorkingTimeWarning[], paragraph: string) =>
  warnings.filter((w) => w.paragraph === paragraph);
