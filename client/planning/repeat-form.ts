import { z } from 'zod';
import type { Site } from '../../shared/masterdata/schemas';
import { seriesIssues } from '../../shared/series/rules';
import { type SeriesInput, seriesEditableFields } from '../../shared/series/schema';
import type { ScheduleForm } from './schedule-form';

/** The board form's "Wiederholen" part: weekly on chosen weekdays, every N weeks, until a date. */
export type RepeatForm = { on: boolean; weekdays: number[]; interval: string; until: string };
export type RepeatField = 'weekdays' | 'interval' | 'until';
export type RepeatErrors = Partial<Record<RepeatField, 'required' | 'series_end' | 'interval'>>;
/** Where focus goes for a field to fix (its input, or the weekdays' fieldset). */
export const repeatFieldIds: Record<RepeatField, string> = {
  weekdays: 'plan-repeat-weekdays',
  interval: 'plan-repeat-interval',
  until: 'plan-repeat-until',
};

/** ISO weekday (1 = Monday) of a `YYYY-MM-DD` date. */
export const isoWeekday = (date: string): number => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** Off, with the form's own weekday ticked, so switching it on gives "every week on this day". */
export const repeatOff = (date: string): RepeatForm => ({
  on: false,
  weekdays: date ? [isoWeekday(date)] : [],
  interval: '1',
  until: '',
});

const seriesInputSchema = z.object(seriesEditableFields);

/**
 * The schedule plus its repetition as a series input, checked by the shared schema and rules (the end is
 * required and at most five years on: `series_end`; the interval a whole number 1–8) as the server checks
 * it; or the repeat fields to fix. The first day is the form's date. Schedule fields are checked by
 * scheduleOf first.
 */
export function seriesOfForm(
  f: ScheduleForm,
  r: RepeatForm,
  sites: readonly Site[],
): { series: SeriesInput } | { errors: RepeatErrors } {
  const site = sites.find((s) => s.id === f.siteId);
  const input = {
    personId: f.personId,
    municipalityId: site?.municipalityId ?? '',
    siteId: f.siteId,
    serviceTypeId: f.serviceTypeId,
    weekdays: [...r.weekdays].sort((a, b) => a - b),
    interval: Number(r.interval),
    startTime: f.start,
    endTime: f.end,
    startDate: f.date,
    endDate: r.until || null,
    task: f.task.trim(),
  };
  const errors: RepeatErrors = {};
  if (r.weekdays.length === 0) errors.weekdays = 'required';
  if (!r.until) errors.until = 'required';
  const parsed = seriesInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'interval') errors.interval = 'interval';
      if (field === 'endDate' && !errors.until) errors.until = 'required';
    }
  }
  for (const issue of seriesIssues(input)) if (issue.path === 'endDate' && !errors.until) errors.until = 'series_end';
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
  return { series: parsed.data };
}
