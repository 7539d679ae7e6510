import { can, type HasRoles } from '../capabilities/capabilities';
import type { Issue } from '../errors/errors';
import type { AbsenceDetailInput, AbsenceInput, AbsenceStatus } from './schema';

export type Actor = HasRoles & { readonly id: string };
/** An absence as the rules see it: its id and the fields people set. */
export type AbsenceState = AbsenceInput & { readonly id: string };

/** Codes of the absence rules; the form and the server name the same field. */
export const AbsenceRule = {
  forbidden: 'forbidden',
  endBeforeStart: 'end_before_start',
  timeIncomplete: 'time_incomplete',
  statusNotAllowed: 'status_not_allowed',
  decided: 'absence_decided',
  personFixed: 'person_fixed',
  overlaps: 'overlaps_absence',
  kindNotAllowed: 'kind_not_allowed',
  unknownAbsence: 'unknown_reference',
} as const;

/** Planners (`assignments.plan`) enter and decide absences of anyone. */
export const mayPlanAbsences = (u: HasRoles): boolean => can(u, 'assignments.plan');

/** Where a planner may move a status; declined and cancelled are final. */
const plannerMoves: Record<AbsenceStatus, readonly AbsenceStatus[]> = {
  requested: ['approved', 'declined', 'cancelled'],
  approved: ['cancelled'],
  declined: [],
  cancelled: [],
};
/** Statuses that hold a person's time: only these are checked for overlaps. */
const holding: readonly AbsenceStatus[] = ['requested', 'approved'];

const issue = (path: string, code: string, message: string): Issue => ({ path, code, message });

/** Whether the change decides the absence, so the server stamps who and when (`decidedBy`, `decidedAt`). */
export const decides = (before: Pick<AbsenceInput, 'status'> | null, after: Pick<AbsenceInput, 'status'>): boolean =>
  after.status !== 'requested' && before?.status !== after.status;

/** Start and end as comparable strings; a whole day runs from 00:00 to 24:00. */
const span = (a: AbsenceInput): [string, string] => [
  `${a.from}T${a.startTime ?? '00:00'}`,
  `${a.to}T${a.endTime ?? '24:00'}`,
];

function shapeIssues(a: AbsenceInput): Issue[] {
  if (a.to < a.from) return [issue('to', AbsenceRule.endBeforeStart, 'The absence ends before it starts')];
  if ((a.startTime === null) !== (a.endTime === null)) {
    const missing = a.startTime === null ? 'startTime' : 'endTime';
    return [issue(missing, AbsenceRule.timeIncomplete, 'A part day needs a start and an end time')];
  }
  const [start, end] = span(a);
  if (end <= start) return [issue('endTime', AbsenceRule.endBeforeStart, 'The absence ends before it starts')];
  return [];
}

function rightIssues(actor: Actor, before: AbsenceInput | null, after: AbsenceInput): Issue[] {
  if (before && before.personId !== after.personId)
    return [issue('personId', AbsenceRule.personFixed, 'An absence stays with its person')];
  if (mayPlanAbsences(actor)) {
    if (!before)
      return holding.includes(after.status)
        ? []
        : [issue('status', AbsenceRule.statusNotAllowed, 'A new absence is requested or approved')];
    if (before.status === after.status) return holding.includes(before.status) ? [] : closed();
    return plannerMoves[before.status].includes(after.status)
      ? []
      : [issue('status', AbsenceRule.statusNotAllowed, `Cannot go from ${before.status} to ${after.status}`)];
  }
  // Everyone else asks for their own leave and may change or withdraw it until it is decided.
  if (after.personId !== actor.id || !can(actor, 'absences.request-own'))
    return [issue('personId', AbsenceRule.forbidden, 'You may only request your own leave')];
  if (before && before.status !== 'requested') return closed();
  const allowed: readonly AbsenceStatus[] = before ? ['requested', 'cancelled'] : ['requested'];
  return allowed.includes(after.status)
    ? []
    : [issue('status', AbsenceRule.statusNotAllowed, 'Only a planner decides an absence')];
}
const closed = () => [issue('status', AbsenceRule.decided, 'The absence has been decided and cannot change')];

/**
 * Every rule of a new state of an absence, on the device before the outbox and on the server in the
 * push: who may write it, its shape, and that a request or approval does not overlap an approved
 * absence of the person (`others`: the person's absences as the writer knows them). Issues name fields.
 */
export function checkAbsence(
  actor: Actor,
  before: AbsenceInput | null,
  after: AbsenceState,
  others: readonly AbsenceState[],
): Issue[] {
  const rights = rightIssues(actor, before, after);
  if (rights.length > 0) return rights;
  const shape = shapeIssues(after);
  if (shape.length > 0) return shape;
  if (!holding.includes(after.status)) return [];
  // Untouched dates and status keep whatever overlap they had: an edit elsewhere is no reason to refuse.
  const moved =
    !before || (['from', 'to', 'startTime', 'endTime', 'status'] as const).some((f) => before[f] !== after[f]);
  if (!moved) return [];
  const [start, end] = span(after);
  for (const o of others) {
    if (o.id === after.id || o.personId !== after.personId || o.status !== 'approved') continue;
    const [oStart, oEnd] = span(o);
    if (oStart < end && start < oEnd)
      return [
        issue(
          oStart <= start ? 'from' : 'to',
          AbsenceRule.overlaps,
          `Overlaps an approved absence from ${o.from} to ${o.to}`,
        ),
      ];
  }
  return [];
}

/**
 * Rules of an absence's kind and note: planners set any; the person only for their own request,
 * and only leave (sickness and the rest are entered by planners).
 */
export function checkAbsenceDetails(
  actor: Actor,
  absence: (AbsenceInput & { readonly status: AbsenceStatus }) | null,
  after: AbsenceDetailInput,
): Issue[] {
  if (!absence) return [issue('id', AbsenceRule.unknownAbsence, 'Unknown absence')];
  if (mayPlanAbsences(actor)) return [];
  if (absence.personId !== actor.id || !can(actor, 'absences.request-own'))
    return [issue('id', AbsenceRule.forbidden, 'Not your absence')];
  if (absence.status !== 'requested') return closed();
  if (after.kind !== 'leave') return [issue('kind', AbsenceRule.kindNotAllowed, 'You may request leave only')];
  return [];
}
