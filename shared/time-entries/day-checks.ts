import type { z } from 'zod';
import type { countrySchema } from '../masterdata/schemas';
import { instantOf, toMinutes } from '../time/dates';
import { impactOf } from '../working-time/impact';
import { contextInput } from '../working-time/plan-check';
import type { PersonWorkInput, WorkContext, WorkingTimeWarning, WorkInterval } from '../working-time/types';
import { grossMinutes, type TimedFields } from './rules';

export type Country = z.infer<typeof countrySchema>;
export type DayEntry = TimedFields & { id: string; municipalityId?: string };

export type DayWarning =
  | { code: 'overlap'; id: string; start: string; end: string }
  /** A working-time rule the entry breaks or makes worse (shared/working-time), naming its paragraph. */
  | { code: 'rule'; warning: WorkingTimeWarning };

/** The person's other entries on the entry's date whose [start, end) meets the entry's; the entry itself is skipped. */
export function overlappingEntries(entry: DayEntry, others: readonly DayEntry[]): DayEntry[] {
  if (grossMinutes(entry) <= 0) return [];
  const from = toMinutes(entry.start);
  const to = toMinutes(entry.end);
  return others
    .filter((o) => o.id !== entry.id && o.date === entry.date && grossMinutes(o) > 0)
    .filter((o) => toMinutes(o.start) < to && from < toMinutes(o.end))
    .sort((a, b) => a.start.localeCompare(b.start));
}

const intervalOf = (e: DayEntry, timeZone: string): WorkInterval => ({
  start: instantOf(timeZone, e.date, e.start).getTime(),
  end: instantOf(timeZone, e.date, e.end).getTime(),
  municipalityId: e.municipalityId ?? e.id,
  breakMinutes: e.breakMinutes,
});

/**
 * Warnings, not refusals: people correct a day later. Overlaps with the person's other entries, and what
 * the entry adds to the breaches of the working-time rules (the shared checker, which sums the whole day
 * and week across municipalities, so split entries cannot get around a rule). `others` should hold the
 * entry's week and a day either side for the rest and weekly rules; the entry's older version is left out.
 */
export function dayWarnings(entry: DayEntry, others: readonly DayEntry[], ctx: WorkContext): DayWarning[] {
  if (grossMinutes(entry) <= 0) return [];
  const warnings: DayWarning[] = overlappingEntries(entry, others).map((o) => ({
    code: 'overlap',
    id: o.id,
    start: o.start,
    end: o.end,
  }));
  const input: PersonWorkInput = {
    timeZone: ctx.timeZone,
    adultPack: ctx.adultPack,
    dateOfBirth: ctx.dateOfBirth,
    intervals: others.filter((o) => o.id !== entry.id && grossMinutes(o) > 0).map((o) => intervalOf(o, ctx.timeZone)),
    ...contextInput(ctx),
  };
  for (const w of impactOf(input, intervalOf(entry, ctx.timeZone)).warnings)
    warnings.push({ code: 'rule', warning: w });
  return warnings;
}

/**
 * The association's country as a device knows it: the country its municipalities share. Mixed or none
 * known gives undefined; devices use it for the law pack until the association's settings reach them.
 */
export function associationCountry(municipalities: readonly { country: Country }[]): Country | undefined {
  const found = new Set(municipalities.map((m) => m.country));
  return found.size === 1 ? [...found][0] : undefined;
}
