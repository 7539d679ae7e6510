import type { HolidaysResponse } from '../../shared/holidays/schema';
import { callJson, type Transport } from '../api/http';
import { getMeta, type LocalDb, setMeta } from '../db/local-db';

/** This year and the next: what planning and the checks look at, and what the server gives at once. */
export function holidayRange(now: Date): { from: string; to: string } {
  const year = now.getUTCFullYear();
  return { from: `${year}-01-01`, to: `${year + 1}-12-31` };
}

/** What the stored holidays were computed from: the range and each municipality's country and state. */
async function keyOf(db: LocalDb, range: { from: string; to: string }): Promise<string> {
  const places = (await db.municipalities.toArray()).map((m) => `${m.id}:${m.country}:${m.state}`).sort();
  return [range.from, range.to, ...places].join('|');
}

/**
 * Fetches the public holidays of the association's municipalities when the stored ones no longer fit
 * (a new year, a municipality added, moved to another state or deleted) and keeps them for offline use.
 * Most syncs find them fitting and send nothing. Returns whether it fetched.
 */
export async function refreshHolidays(db: LocalDb, transport: Transport, now: Date): Promise<boolean> {
  const range = holidayRange(now);
  const key = await keyOf(db, range);
  if ((await getMeta<string | null>(db, 'holidays', null)) === key) return false;
  const answer = await callJson<HolidaysResponse>(transport, `/api/holidays?from=${range.from}&to=${range.to}`);
  await db.transaction('rw', [db.publicHolidays, db.meta, db.municipalities], async () => {
    // Municipalities changed while the answer was on its way: the next sync asks again.
    const stillKey = (await keyOf(db, range)) === key;
    await db.publicHolidays.clear();
    await db.publicHolidays.bulkPut(answer.holidays);
    await setMeta(db, 'holidays', stillKey ? key : null);
  });
  return true;
}

/** The stored public holidays from `from` to `to` inclusive, of every municipality. */
export const holidaysBetween = (db: LocalDb, from: string, to: string) =>
  db.publicHolidays.where('date').between(from, to, true, true).toArray();
