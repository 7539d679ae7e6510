import type { Insertable } from 'kysely';
import { newId } from '../../shared/ids/ids';
import { addDays, instantOf, weekStart } from '../../shared/time/dates';
import type { AssignmentsTable, CoverRequestsTable } from '../db/schema';

type Meta = () => { associationId: string; rev: number; deleted: number; updatedAt: string };
type Demo = {
  meta: Meta;
  stamp: string;
  timeZone: string;
  today: string;
  /** The lead municipality, which the demo contact speaks for, and its town hall. */
  municipalityId: string;
  siteId: string;
  serviceTypeId: string;
  contactId: string;
  /** Who covers the assigned request. */
  coverId: string;
};

/**
 * The demo contact's cover requests: two still open (one urgent, one over two days) and one a
 * coordinator filled with the cover worker, whose assignment comes with it. All in the afternoons:
 * the demo's cover staff are booked every weekday morning, and a request nobody is free for (or a fill
 * that books its worker twice) would show the demo at its worst.
 */
export function demoCoverRequests(d: Demo): {
  requests: Insertable<CoverRequestsTable>[];
  assignments: Insertable<AssignmentsTable>[];
} {
  // Weekdays of next week, where the demo's planning also reaches: Monday is day 0.
  const nextMonday = addDays(weekStart(d.today), 7);
  const slot = (day: number, from: string, to: string) => ({
    start: instantOf(d.timeZone, addDays(nextMonday, day), from).toISOString(),
    end: instantOf(d.timeZone, addDays(nextMonday, day), to).toISOString(),
  });
  const request = (
    slots: { start: string; end: string }[],
    fields: { skills: string[]; urgency: string; note: string; coveredBy?: string; assignmentIds?: string[] },
  ): Insertable<CoverRequestsTable> => ({
    id: newId(),
    ...d.meta(),
    municipalityId: d.municipalityId,
    siteId: d.siteId,
    serviceTypeId: d.serviceTypeId,
    skills: JSON.stringify(fields.skills),
    slots: JSON.stringify(slots),
    urgency: fields.urgency,
    note: fields.note,
    state: fields.coveredBy ? 'assigned' : 'open',
    coveredBy: fields.coveredBy ?? null,
    assignmentIds: JSON.stringify(fields.assignmentIds ?? []),
    requestedBy: d.contactId,
    createdAt: d.stamp,
  });
  const filledSlot = slot(3, '13:00', '17:00');
  const assignment: Insertable<AssignmentsTable> = {
    id: newId(),
    ...d.meta(),
    personId: d.coverId,
    municipalityId: d.municipalityId,
    siteId: d.siteId,
    serviceTypeId: d.serviceTypeId,
    plannedStart: filledSlot.start,
    plannedEnd: filledSlot.end,
    task: 'Bürgerservice: Urlaubsvertretung',
    status: 'planned',
    workerNotes: '',
    createdAt: d.stamp,
  };
  return {
    requests: [
      request([slot(0, '13:00', '17:00')], {
        skills: ['Meldeamt'],
        urgency: 'urgent',
        note: 'Meldeamt: zwei von drei Kolleginnen krank, Parteienverkehr am Nachmittag.',
      }),
      request([slot(1, '13:00', '16:00'), slot(2, '13:00', '16:00')], {
        skills: ['Bürgerservice', 'Kassa'],
        urgency: 'normal',
        note: 'Bürgerservice und Kassa während der Fortbildung.',
      }),
      request([filledSlot], {
        skills: ['Bürgerservice'],
        urgency: 'normal',
        note: 'Bürgerservice: Urlaubsvertretung',
        coveredBy: d.coverId,
        assignmentIds: [assignment.id],
      }),
    ],
    assignments: [assignment],
  };
}
