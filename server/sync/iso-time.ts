let last = { ms: Number.NaN, iso: '' };

/**
 * `now.toISOString()`, formatted once per millisecond: under load many pulls share one, and
 * formatting a date is a visible part of a no-op pull's CPU.
 */
export function isoTime(now: Date): string {
  const ms = now.getTime();
  if (ms !== last.ms) last = { ms, iso: now.toISOString() };
  return last.iso;
}
