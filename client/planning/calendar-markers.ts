import type { Absence } from '../../shared/absences/schema';
import { addDays } from '../../shared/time/dates';
import type { LocalDb } from '../db/local-db';
import { holidaysBetween } from '../holidays/holiday-cache';
import type { Marker, MarkerProvider } from './markers';

type DayOff = { date: string; municipalityId: string | null; name: string };

/**
 * One marker for a day off every municipality on the board shares (or the association's closure for all);
 * otherwise one per municipality, named, so the municipality filter keeps the ones it shows.
 */
async function dayOffMarkers(db: LocalDb, kind: 'holiday' | 'closure', days: readonly DayOff[], part?: Marker['part']) {
  const municipalities = await db.municipalities.toArray();
  const nameOf = new Map(municipalities.map((m) => [m.id, m.name]));
  const groups = new Map<string, DayOff[]>();
  for (const d of days) {
    const key = `${d.date}|${d.name}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const out: Marker[] = [];
  for (const [key, group] of groups) {
    const first = group[0]!;
    const places = new Set(group.map((d) => d.municipalityId));
    const everywhere = places.has(null) || municipalities.every((m) => places.has(m.id));
    const base = { kind, date: first.date, personId: null, ...(part ? { part } : {}) } as const;
    if (everywhere) out.push({ ...base, key: `${kind}-${key}`, label: first.name });
    else
      for (const id of places)
        out.push({
          ...base,
          key: `${kind}-${key}-${id}`,
          label: `${first.name} · ${nameOf.get(id!) ?? ''}`,
          municipalityId: id!,
        });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/** Public holidays of each municipality's country and state, as the device keeps them (holiday-cache.ts). */
export const holidayMarkers: MarkerProvider = async (db, range) =>
  dayOffMarkers(db, 'holiday', await holidaysBetween(db, range.from, range.to));

/** The association's closure days, whole or half, for one municipality or all. */
export const closureMarkers: MarkerProvider = async (db, range) => {
  const rows = await db.closureDays.where('date').between(range.from, range.to, true, true).toArray();
  const whole = await dayOffMarkers(
    db,
    'closure',
    rows.filter((r) => r.part === 'whole'),
    'whole',
  );
  const half = await dayOffMarkers(
    db,
    'closure',
    rows.filter((r) => r.part === 'half'),
    'half',
  );
  return [...whole, ...half];
};

// Declined and cancelled absences are history, not absence.
const standing = (a: Absence) => a.status === 'approved' || a.status === 'requested';

/**
 * Who is away on which day of the range: dates for everyone's device; the kind only where the device holds
 * the absence's details (planners and the person, client/absences).
 */
export const absenceMarkers: MarkerProvider = async (db, range) => {
  const rows = await db.absences.filter((a) => standing(a) && a.from <= range.to && a.to >= range.from).toArray();
  const details = new Map((await db.absenceDetails.bulkGet(rows.map((a) => a.id))).map((d) => [d?.id, d]));
  const out: Marker[] = [];
  for (const a of rows) {
    const kind = details.get(a.id)?.kind ?? null;
    for (
      let date = a.from < range.from ? range.from : a.from;
      date <= a.to && date <= range.to;
      date = addDays(date, 1)
    ) {
      // Part days: the start on the first day, the end on the last.
      const times = [date === a.from ? a.startTime : null, date === a.to ? a.endTime : null];
      out.push({
        kind: 'absence',
        key: `absence-${a.id}-${date}`,
        date,
        personId: a.personId,
        label: times.some(Boolean) ? `${times[0] ?? ''}–${times[1] ?? ''}` : '',
        absence: { kind, status: a.status },
      });
    }
  }
  return out;
};
