import { dateIn, timeIn } from '../time/dates';

/**
 * Wall-clock arithmetic on numbers: the checker runs for hundreds of candidates at once, so it keeps
 * days as integers (days since 1970-01-01 in the zone) and asks Intl once per zone and quarter hour.
 */
export const MINUTE = 60_000;
export const DAY = 86_400_000;
const QUARTER = 15 * MINUTE;

const offsets = new Map<string, Map<number, number>>();

/** Milliseconds to add to an instant to read its wall-clock time as UTC. */
export function offsetAt(timeZone: string, instant: number): number {
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  // Zones change their offset on quarter hours at most, so one lookup serves the whole quarter.
  const quarter = Math.floor(instant / QUARTER);
  let offset = zone.get(quarter);
  if (offset === undefined) {
    const at = new Date(quarter * QUARTER);
    offset = Date.parse(`${dateIn(timeZone, at)}T${timeIn(timeZone, at)}:00Z`) - at.getTime();
    if (zone.size > 50_000) zone.clear();
    zone.set(quarter, offset);
  }
  return offset;
}

export const localMs = (timeZone: string, instant: number): number => instant + offsetAt(timeZone, instant);

/** The local day number of an instant. */
export const dayOf = (timeZone: string, instant: number): number => Math.floor(localMs(timeZone, instant) / DAY);

export const dayToDate = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
export const dateToDay = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);

/** Monday-based week number; day 0 (1970-01-01) was a Thursday. */
export const weekOf = (day: number): number => Math.floor((day + 3) / 7);
export const mondayOf = (day: number): number => weekOf(day) * 7 - 3;
/** 0 = Monday … 5 = Saturday, 6 = Sunday. */
export const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** The instant a local day begins (on DST days the zone's offset differs from noon's). */
export function startOfDay(timeZone: string, day: number): number {
  const wall = day * DAY;
  let t = wall - offsetAt(timeZone, wall);
  t = wall - offsetAt(timeZone, t);
  return t;
}
