import type { Absence, AbsenceDetail } from '../../shared/absences/schema';
import type { LocalDb } from '../db/local-db';

/** An absence with what this device may know of it: details only for planners and the person. */
export type AbsenceView = Absence & { detail: AbsenceDetail | null; personName: string; deciderName: string };

/** Absences on this device, with details and names, earliest first; `mine`: only the person's own. */
export async function absenceViews(db: LocalDb, personId?: string): Promise<AbsenceView[]> {
  const rows = personId ? await db.absences.where('personId').equals(personId).toArray() : await db.absences.toArray();
  const [details, people] = await Promise.all([db.absenceDetails.bulkGet(rows.map((r) => r.id)), db.people.toArray()]);
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  return rows
    .map((r, i) => ({
      ...r,
      detail: details[i] ?? null,
      personName: names.get(r.personId) ?? '',
      deciderName: r.decidedBy ? (names.get(r.decidedBy) ?? '') : '',
    }))
    .sort((a, b) => a.from.localeCompare(b.from) || a.personName.localeCompare(b.personName));
}
