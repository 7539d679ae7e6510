import { timeIn } from '../../shared/time/dates';

const QUARTER = 15 * 60_000;

/**
 * `timeIn` for thousands of instants: the zone's offset is asked of Intl once per quarter hour (offsets and
 * their changes fall on quarter hours in every zone), the rest is arithmetic. A board of 8,000 assignments
 * asks Intl a few hundred times instead of 16,000.
 */
export function createClockText(timeZone: string): (instant: string) => string {
  const offsets = new Map<number, number>();
  const offsetAt = (ms: number): number => {
    const q = Math.floor(ms / QUARTER);
    let offset = offsets.get(q);
    if (offset === undefined) {
      const start = q * QUARTER;
      const [h, m] = timeIn(timeZone, new Date(start)).split(':').map(Number) as [number, number];
      // The wall clock at the quarter's start, as minutes of the day, less the UTC minutes of the day.
      const utc = new Date(start);
      offset = ((((h * 60 + m - (utc.getUTCHours() * 60 + utc.getUTCMinutes())) % 1440) + 1440 + 720) % 1440) - 720;
      offsets.set(q, offset);
    }
    return offset;
  };
  return (instant) => {
    const ms = Date.parse(instant);
    const local = new Date(ms + offsetAt(ms) * 60_000);
    return `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  };
}

const clocks = new Map<string, (instant: string) => string>();
/** One clock per zone for the page's life: its cache grows by the quarter hours the board has shown. */
export function clockText(timeZone: string): (instant: string) => string {
  let c = clocks.get(timeZone);
  if (!c) clocks.set(timeZone, (c = createClockText(timeZone)));
  return c;
}
