import type { AbsenceKind, AbsenceStatus } from '../../shared/absences/schema';
import type { Assignment } from '../../shared/assignments/schema';
import { addDays, dateIn } from '../../shared/time/dates';
import type { LocalDb } from '../db/local-db';
import { absenceMarkers, closureMarkers, holidayMarkers } from './calendar-markers';

/**
 * What a day cell of the planning board shows. Each kind comes from a provider: assignments, changes the
 * server refused, absences, public holidays and closure days (calendar-markers.ts); cover requests plug in
 * the same way.
 */
export type MarkerKind = 'assignment' | 'attention' | 'absence' | 'holiday' | 'closure' | 'request';

export type Marker = {
  kind: MarkerKind;
  /** Unique on the board (a row id, or kind and id). */
  key: string;
  /** The day, YYYY-MM-DD in the association's time zone. */
  date: string;
  /** Whose row it sits in; null: everyone's cell of that day (a public holiday). */
  personId: string | null;
  /** Short text for the cell and for screen readers (assignments are labelled by the board from their data). */
  label: string;
  /** For closure days: the whole day or half of it. */
  part?: 'whole' | 'half';
  /** For absences: whether it stands or is asked for, and why where the device may know (else null). */
  absence?: { kind: AbsenceKind | null; status: AbsenceStatus };
  /** For assignments: the row the board acts on (edit, move, reassign, cancel, copy). */
  assignment?: Assignment;
  /** For filters: the municipality and service type it belongs to, where it has them. */
  municipalityId?: string;
  serviceTypeId?: string;
};

/** The days the board shows, first and last inclusive, and the zone their dates are in. */
export type BoardRange = { from: string; to: string; timeZone: string };

/**
 * Reads the device database (inside the board's live query, so the tables it reads are watched) and returns
 * the markers of the range. Providers are listed in `markerProviders`; a new kind adds one function there.
 */
export type MarkerProvider = (db: LocalDb, range: BoardRange) => Promise<Marker[]>;

// plannedStart is an ISO instant: a day either side of the range catches every zone's midnight.
const instantBounds = (r: BoardRange): [string, string] => [`${addDays(r.from, -1)}T00`, `${addDays(r.to, 2)}T00`];

export const assignmentMarkers: MarkerProvider = async (db, range) => {
  const [lo, hi] = instantBounds(range);
  const rows = await db.assignments.where('plannedStart').between(lo, hi).toArray();
  const out: Marker[] = [];
  for (const a of rows) {
    const date = dateIn(range.timeZone, new Date(a.plannedStart));
    if (date < range.from || date > range.to) continue;
    out.push({
      kind: 'assignment',
      key: a.id,
      date,
      personId: a.personId,
      label: a.task,
      assignment: a,
      municipalityId: a.municipalityId,
      serviceTypeId: a.serviceTypeId,
    });
  }
  return out.sort((x, y) => x.assignment!.plannedStart.localeCompare(y.assignment!.plannedStart));
};

/**
 * Planning changes the server refused (a double booking, a site of another municipality): kept on the device
 * with their data (client/sync/apply-push.ts) and shown on the board where they were meant to go.
 */
export const attentionMarkers: MarkerProvider = async (db, range) => {
  const problems = await db.problems.where('mutationId').above(0).toArray();
  const out: Marker[] = [];
  for (const p of problems) {
    if (p.table !== 'assignments') continue;
    const args = p.args as Partial<Assignment> & { changes?: Partial<Assignment> };
    const local = await db.assignments.get(p.rowId);
    const meant = { ...local, ...args, ...args.changes };
    if (!meant.plannedStart || !meant.personId) continue;
    const date = dateIn(range.timeZone, new Date(meant.plannedStart));
    if (date < range.from || date > range.to) continue;
    out.push({ kind: 'attention', key: `problem-${p.mutationId}`, date, personId: meant.personId, label: p.code });
  }
  return out;
};

/** Every provider the board asks, days off first; cover requests add theirs here. */
export const markerProviders: readonly MarkerProvider[] = [
  holidayMarkers,
  closureMarkers,
  absenceMarkers,
  assignmentMarkers,
  attentionMarkers,
];

export async function collectMarkers(
  db: LocalDb,
  range: BoardRange,
  providers: readonly MarkerProvider[] = markerProviders,
): Promise<Marker[]> {
  return (await Promise.all(providers.map((p) => p(db, range)))).flat();
}
