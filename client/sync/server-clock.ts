/**
 * Phones' clocks are often wrong by minutes, sometimes by days. The server's time arrives with
 * every sync; defaults such as "today" use the device clock corrected by that offset, so a phone
 * a week off still proposes the right date. The person can always pick another.
 */
const KEY = 'ikz.clockOffsetMs';
const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

let offsetMs = Number(storage()?.getItem(KEY) ?? 0) || 0;

/** Records the server's time from a response received at `receivedAt` (device clock, ms). */
export function noteServerTime(serverIso: string, receivedAt = Date.now()): void {
  const server = Date.parse(serverIso);
  if (Number.isNaN(server)) return;
  offsetMs = server - receivedAt;
  storage()?.setItem(KEY, String(offsetMs));
}

export const clockOffsetMs = (): number => offsetMs;

/** The current time, corrected by the last known server offset. */
export const trustedNow = (): Date => new Date(Date.now() + offsetMs);
