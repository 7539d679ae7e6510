/** Calendar helpers on ISO strings; time zones come from Intl so no tz database ships to the phone. */

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateIn(timeZone: string, instant: Date): string {
  return dayFormatter(timeZone).format(instant);
}

const lastDay = new Map<string, { minute: number; date: string }>();
/**
 * dateIn for a server asking many times a second (every pull, every mutation of a push): formatted
 * once a minute per time zone, since zones' offsets are whole minutes and a date only turns with them.
 */
export function todayIn(timeZone: string, now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const known = lastDay.get(timeZone);
  if (known?.minute === minute) return known.date;
  const date = dateIn(timeZone, now);
  lastDay.set(timeZone, { minute, date });
  return date;
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();
/** The wall-clock time (HH:MM) of an instant in a time zone. */
export function timeIn(timeZone: string, instant: Date): string {
  let f = timeFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormatters.set(timeZone, f);
  }
  return f.format(instant);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Monday of the ISO week that contains the date. */
export function weekStart(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((dow + 6) % 7));
}

export function weekDates(date: string): string[] {
  const monday = weekStart(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

export function fromMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The UTC instant of a wall-clock time on a date in a time zone (DST-safe to the minute). */
export function instantOf(timeZone: string, date: string, hhmm: string): Date {
  const guess = new Date(`${date}T${hhmm}:00Z`);
  // Correct the guess by the zone's offset at that moment; twice, so DST edges settle.
  let t = guess.getTime();
  for (let i = 0; i < 2; i++) {
    const local = Date.parse(`${dateIn(timeZone, new Date(t))}T${timeIn(timeZone, new Date(t))}:00Z`);
    t += guess.getTime() - local;
  }
  return new Date(t);
}
