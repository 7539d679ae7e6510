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
  /** Skills the work needs: not stored with the assignment, they rank the suggestions. */
  skills: string[];
};
export type FormErrors = Partial<Record<keyof ScheduleForm, 'required' | 'endBeforeStart' | 'unknownSkill'>>;

export const emptyForm = (personId: string, date: string): ScheduleForm => ({
  personId,
  date,
  start: '08:00',
  end: '12:00',
  siteId: '',
  serviceTypeId: '',
  task: '',
  skills: [],
});

export const formOf = (a: Assignment, timeZone: string): ScheduleForm => ({
  personId: a.personId,
  date: dateIn(timeZone, new Date(a.plannedStart)),
  start: timeIn(timeZone, new Date(a.plannedStart)),
  end: timeIn(timeZone, new Date(a.plannedEnd)),
  siteId: a.siteId,
  serviceTypeId: a.serviceTypeId,
  task: a.task,
  skills: [],
});

/**
 * The form as an assignment's schedule (the municipality is the site's), or the fields to fix. An end at
 * or before the start is refused here as the server would (`end_before_start`); night shifts are two. A
 * needed skill nobody in the association holds (`knownSkills`; one removed since it was ticked) is refused as
 * the ranking's server route refuses it (`unknown_skill`).
 */
export function scheduleOf(
  f: ScheduleForm,
  sites: readonly Site[],
  timeZone: string,
  knownSkills?: readonly string[],
): { schedule: Schedule } | { errors: FormErrors } {
  const errors: FormErrors = {};
  for (const k of ['personId', 'date', 'start', 'end', 'siteId', 'serviceTypeId'] as const)
    if (!f[k]) errors[k] = 'required';
  const site = sites.find((s) => s.id === f.siteId);
  if (f.siteId && !site) errors.siteId = 'required';
  if (f.start && f.end && f.end <= f.start) errors.end = 'endBeforeStart';
  if (knownSkills && f.skills.some((k) => !knownSkills.includes(k))) errors.skills = 'unknownSkill';
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
