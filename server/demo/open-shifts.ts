import type { Insertable } from 'kysely';
import { can, type Role } from '../../shared/capabilities/capabilities';
import { newId } from '../../shared/ids/ids';
import { addDays, instantOf, weekStart } from '../../shared/time/dates';
import type { NotificationsTable, OpenShiftsTable } from '../db/schema';

type Meta = () => { associationId: string; rev: number; deleted: number; updatedAt: string };
type Place = { municipalityId: string; siteId: string; serviceTypeId: string; name: string };
type Demo = {
  meta: Meta;
  stamp: string;
  timeZone: string;
  today: string;
  people: readonly { id: string; roles: Role[]; skills: string[] }[];
  publishedBy: string;
  cover: Place;
  school: Place;
  /** The demo contact and the cover request a coordinator filled, which she was told of. */
  contactId: string;
  filled: { id: string; coveredByName: string; start: string; end: string };
};

/**
 * Two open shifts in the week after next (the Meldeamt one claimable at once, the school one waiting for the
 * coordinator's confirmation) and the contact's notification of her filled cover request.
 */
export function demoOpenShifts(d: Demo): {
  shifts: Insertable<OpenShiftsTable>[];
  notifications: Insertable<NotificationsTable>[];
} {
  const monday = addDays(weekStart(d.today), 14);
  const at = (day: number, time: string) => instantOf(d.timeZone, addDays(monday, day), time).toISOString();
  const shift = (
    p: Place,
    day: number,
    from: string,
    to: string,
    skills: string[],
    task: string,
    confirm: boolean,
  ) => ({
    id: newId(),
    ...d.meta(),
    municipalityId: p.municipalityId,
    siteId: p.siteId,
    serviceTypeId: p.serviceTypeId,
    plannedStart: at(day, from),
    plannedEnd: at(day, to),
    task,
    skills: JSON.stringify(skills),
    needsConfirmation: confirm ? 1 : 0,
    state: 'open',
    claimedBy: null,
    claimedAt: null,
    assignmentId: null,
    eligibleIds: JSON.stringify(
      d.people
        .filter((x) => can(x, 'assignments.work-own') && skills.every((s) => x.skills.includes(s)))
        .map((x) => x.id)
        .sort(),
    ),
    publishedBy: d.publishedBy,
    createdAt: d.stamp,
  });
  const params = {
    start: d.filled.start,
    end: d.filled.end,
    timeZone: d.timeZone,
    place: d.cover.name,
    person: d.filled.coveredByName,
    coverRequestId: d.filled.id,
  };
  return {
    shifts: [
      shift(d.cover, 1, '08:00', '12:00', ['Meldeamt'], 'Meldeamt: Vertretung am Vormittag', false),
      shift(d.school, 2, '13:00', '16:00', ['IT-Schulsupport'], 'Tablets für die 3. Klasse einrichten', true),
    ],
    notifications: [
      {
        id: newId(),
        ...d.meta(),
        personId: d.contactId,
        kind: 'cover.filled',
        params: JSON.stringify(params),
        createdAt: d.stamp,
        readAt: null,
        // Old news: never sent as Web Push when the server starts.
        pushedAt: d.stamp,
      },
    ],
  };
}
