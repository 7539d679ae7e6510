import type { Insertable } from 'kysely';
import type { AbsenceKind, AbsenceStatus } from '../../shared/absences/schema';
import { newId } from '../../shared/ids/ids';
import { addDays, weekStart } from '../../shared/time/dates';
import type { AbsenceDetailsTable, AbsencesTable } from '../db/schema';

type Meta = () => { associationId: string; rev: number; deleted: number; updatedAt: string };
type Planned = {
  person: string;
  kind: AbsenceKind;
  status: AbsenceStatus;
  /** Days from this week's Monday. */
  from: number;
  to: number;
  note: string;
};

/** One sickness, an approved leave, an apprentice's school day and a leave request still open. */
const planned: Planned[] = [
  { person: 'Markus Pichler', kind: 'sickness', status: 'approved', from: 0, to: 4, note: 'Krankmeldung telefonisch' },
  { person: 'Anna Steiner', kind: 'leave', status: 'approved', from: 14, to: 18, note: 'Urlaub' },
  { person: 'Jonas Kofler', kind: 'school', status: 'approved', from: 8, to: 8, note: 'Berufsschule' },
  { person: 'Lena Hofer', kind: 'leave', status: 'requested', from: 21, to: 22, note: 'Familienfeier' },
];

/** The demo's absences around `today`, decided by `coordinatorId` where decided. */
export function demoAbsences(
  people: readonly { id: string; name: string }[],
  coordinatorId: string,
  today: string,
  stamp: string,
  meta: Meta,
): { absences: Insertable<AbsencesTable>[]; details: Insertable<AbsenceDetailsTable>[] } {
  const monday = weekStart(today);
  const absences: Insertable<AbsencesTable>[] = [];
  const details: Insertable<AbsenceDetailsTable>[] = [];
  for (const p of planned) {
    const personId = people.find((x) => x.name === p.person)!.id;
    const id = newId();
    const decided = p.status !== 'requested';
    absences.push({
      id,
      ...meta(),
      personId,
      fromDate: addDays(monday, p.from),
      toDate: addDays(monday, p.to),
      startTime: null,
      endTime: null,
      status: p.status,
      decidedBy: decided ? coordinatorId : null,
      decidedAt: decided ? stamp : null,
      createdAt: stamp,
    });
    details.push({ id, ...meta(), personId, kind: p.kind, note: p.note });
  }
  return { absences, details };
}
