import type { z } from 'zod';
import type { countrySchema } from '../masterdata/schemas';
import { toMinutes } from '../time/dates';
import { grossMinutes, netMinutes, type TimedFields } from './rules';

export type Country = z.infer<typeof countrySchema>;
export type DayEntry = TimedFields & { id: string };

/**
 * Most a person may work in one day, in minutes, until the full rule packs arrive: ArbZG § 3 allows
 * 10 h (8 h on average); Austrian municipal service laws also cap a normal day at 10 h.
 */
export const DAILY_MAX_MINUTES: Readonly<Record<Country, number>> = { DE: 10 * 60, AT: 10 * 60 };

export type DayWarning =
  | { code: 'overlap'; id: string; start: string; end: string }
  | { code: 'daily_max'; netMinutes: number; limitMinutes: number };

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

/** Net minutes of the whole day with this entry in it (its older version, when edited, counted once). */
export function dayNetMinutes(entry: DayEntry, others: readonly DayEntry[]): number {
  const rest = others.filter((o) => o.id !== entry.id && o.date === entry.date);
  return rest.reduce((n, o) => n + netMinutes(o), netMinutes(entry));
}

/**
 * Warnings, not refusals: people correct a day later, and the law is checked per day, not per entry,
 * so split entries cannot get around the daily maximum. An unknown country gets the German limit.
 */
export function dayWarnings(entry: DayEntry, others: readonly DayEntry[], country?: Country): DayWarning[] {
  if (grossMinutes(entry) <= 0) return [];
  const warnings: DayWarning[] = overlappingEntries(entry, others).map((o) => ({
    code: 'overlap',
    id: o.id,
    start: o.start,
    end: o.end,
  }));
  const limitMinutes = DAILY_MAX_MINUTES[country ?? 'DE'];
  const total = dayNetMinutes(entry, others);
  if (total > limitMinutes) warnings.push({ code: 'daily_max', netMinutes: total, limitMinutes });
  return warnings;
}

/**
 * The association's country as a device knows it: the country its municipalities share. Mixed or none
 * known gives undefined (the German limit then applies) until the association's settings reach devices.
 */
export function associationCountry(municipalities: readonly { country: Country }[]): Country | undefined {
  const found = new Set(municipalities.map((m) => m.country));
  return found.size === 1 ? [...found][0] : undefined;
}
