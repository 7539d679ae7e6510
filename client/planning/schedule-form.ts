import type { Assignment } from '../../shared/assignments/schema';
import type { Site } from '../../shared/masterdata/schemas';
import { dateIn, instantOf, timeIn } from '../../shared/time/dates';
import type { Schedule } from './board-actions';

/** What the board's form holds: wall-clock date and times in the association's zone. */
export type ScheduleForm = {
  personId: string;
  date: string;
  start: string;
  end: string;
  siteId: string;
  serviceTypeId: string;
  task: string;
};
export type FormErrors = Partial<Record<keyof ScheduleForm, 'required' | 'endBeforeStart'>>;

export const emptyForm = (personId: string, date: string): ScheduleForm => ({
  personId,
  date,
  start: '08:00',
  end: '12:00',
  siteId: '',
  serviceTypeId: '',
  task: '',
});

export const formOf = (a: Assignment, timeZone: string): ScheduleForm => ({
  personId: a.personId,
  date: dateIn(timeZone, new Date(a.plannedStart)),
  start: timeIn(timeZone, new Date(a.plannedStart)),
  end: timeIn(timeZone, new Date(a.plannedEnd)),
  siteId: a.siteId,
  serviceTypeId: a.serviceTypeId,
  task: a.task,
});

/**
 * The form as an assignment's schedule (the municipality is the site's), or the fields to fix. An end at
 * or before the start is refused here as the server would (`end_before_start`); night shifts are two.
 */
export function scheduleOf(
  f: ScheduleForm,
  sites: readonly Site[],
  timeZone: string,
): { schedule: Schedule } | { errors: FormErrors } {
  const errors: FormErrors = {};
  for (const k of ['personId', 'date', 'start', 'end', 'siteId', 'serviceTypeId'] as const)
    if (!f[k]) errors[k] = 'required';
  const site = sites.find((s) => s.id === f.siteId);
  if (f.siteId && !site) errors.siteId = 'required';
  if (f.start && f.end && f.end <= f.start) errors.end = 'endBeforeStart';
  if (Object.keys(errors).length > 0 || !site) return { errors };
  return {
    schedule: {
      personId: f.personId,
      municipalityId: site.municipalityId,
      siteId: site.id,
      serviceTypeId: f.serviceTypeId,
      plannedStart: instantOf(timeZone, f.date, f.start).toISOString(),
      plannedEnd: instantOf(timeZone, f.date, f.end).toISOString(),
      task: f.task.trim(),
    },
  };
}
