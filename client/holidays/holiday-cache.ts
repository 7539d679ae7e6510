import type { HolidaysResponse } from '../../shared/holidays/schema';
import { callJson, type Transport } from '../api/http';
import { getMeta, type LocalDb, setMeta } from '../db/local-db';

/** This year and the next: what planning and the checks look at, and what the server gives at once. */
export function holidayRange(now: Date): { from: string; to: string } {
  const year = now.getUTCFullYear();
  return { from: `${year}-01-01`, to: `${year + 1}-12-31` };
}

type Range = { from: string; to: string };
type Place = { id: string; country: string; state: string | null };

const keyFrom = (range: Range, places: readonly Place[]): string =>
  [range.from, range.to, ...places.map((m) => `${m.id}:${m.country}:${m.state}`).sort()].join('|');

/** What the stored holidays were computed from: the range and each municipality's country and state. */
async function keyOf(db: LocalDb, range: Range): Promise<string> {
  return keyFrom(range, await db.municipalities.toArray());
}

/** What the server computed an answer from (null: an older server that does not say). */
const answerKey = (a: HolidaysResponse): string | null =>
  a.places
    ? keyFrom(
        a,
        a.places.map((p) => ({ id: p.municipalityId, country: p.country, state: p.state })),
      )
    : null;

const fetchHolidays = (transport: Transport, range: Range) =>
  callJson<HolidaysResponse>(transport, `/api/holidays?from=${range.from}&to=${range.to}`);

/** The holidays asked for early, once `start` is called; `answer` is null when never started or failed. */
export type EarlyHolidays = { start: () => void; answer: () => Promise<HolidaysResponse | null> };

/**
 * When the device has no holidays of this range (a first sync, a new year), they can be asked for while
 * the pull runs instead of after it: the caller starts the request once the server has answered (so an
 * unreachable server is not asked twice a try), and refreshHolidays takes the answer if it fits what the
 * pull brought. Otherwise null: whether anything changed is known only after the pull.
 */
export async function earlyHolidays(db: LocalDb, transport: Transport, now: Date): Promise<EarlyHolidays | null> {
  const range = holidayRange(now);
  const stored = await getMeta<string | null>(db, 'holidays', null);
  if (stored?.startsWith(`${range.from}|${range.to}|`)) return null;
  let asked: Promise<HolidaysResponse | null> | null = null;
  return {
    start: () => {
      asked ??= fetchHolidays(transport, range).catch(() => null);
    },
    answer: () => asked ?? Promise.resolve(null),
  };
}

/**
 * Fetches the public holidays of the association's municipalities when the stored ones no longer fit
 * (a new year, a municipality added, moved to another state or deleted) and keeps them for offline use.
 * Most syncs find them fitting and send nothing. Returns whether it fetched.
 */
export async function refreshHolidays(
  db: LocalDb,
  transport: Transport,
  now: Date,
  early: EarlyHolidays | null = null,
): Promise<boolean> {
  const range = holidayRange(now);
  const key = await keyOf(db, range);
  if ((await getMeta<string | null>(db, 'holidays', null)) === key) return false;
  const prefetched = early ? await early.answer() : null;
  // An early answer computed for other municipalities (one changed meanwhile) is asked for again.
  const answer = prefetched && answerKey(prefetched) === key ? prefetched : await fetchHolidays(transport, range);
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
