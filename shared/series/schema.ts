import { z } from 'zod';
import { idSchema } from '../ids/ids';
import { syncedFields } from '../masterdata/schemas';
import { textSchema } from '../text/text';
import { timeOfDaySchema } from '../time-entries/schema';

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const isoWeekdaySchema = z.int().min(1).max(7);

/** A series ends at the latest five years after it starts (issue 17): a plan, not a standing order. */
export const MAX_SERIES_YEARS = 5;
/** Every week up to every 8th: a rhythm a planner keeps in mind. */
export const MAX_SERIES_INTERVAL = 8;

/**
 * "Every Tuesday 8:00–12:00 at the school in Albeck until the summer": weekly on the given weekdays, the
 * same wall-clock times in the association's zone, from a first to a last date (both inclusive).
 */
export const seriesEditableFields = {
  personId: idSchema,
  municipalityId: idSchema,
  siteId: idSchema,
  serviceTypeId: idSchema,
  weekdays: z.array(isoWeekdaySchema).min(1).max(7),
  /** Every N weeks, counted from the first date's week; series from before had none: weekly. */
  interval: z.int().min(1).max(MAX_SERIES_INTERVAL).optional(),
  startTime: timeOfDaySchema,
  endTime: timeOfDaySchema,
  startDate: z.iso.date(),
  // Null only so that a series sent without an end is refused as such (`series_end`), not as a malformed push.
  endDate: z.iso.date().nullable(),
  task: textSchema(2000),
  /** The planner's reason for occurrences that breach a working-time rule (stamped onto them as an override). */
  ruleReason: textSchema(500).nullable().optional(),
};
export type SeriesInput = z.infer<z.ZodObject<typeof seriesEditableFields>>;
/** A series that passed `seriesIssues`: it has an end. */
export type PlannedSeries = SeriesInput & { endDate: string };

/** Why a day of the series has no assignment: the planner sees the list. */
/** `conflict`: the person is booked at that time already (name: that booking's times). */
export const skipReasons = ['holiday', 'closure', 'conflict'] as const;
export const skippedDaySchema = z.object({ date: z.iso.date(), reason: z.enum(skipReasons), name: z.string() });
export type SkippedDay = z.infer<typeof skippedDaySchema>;

/** A series as stored and synced: what the planner set, and the days it skipped (stamped where expanded). */
export const seriesSchema = z.object({
  ...syncedFields,
  ...seriesEditableFields,
  skipped: z.array(skippedDaySchema),
});
export type Series = z.infer<typeof seriesSchema>;
export const seriesChangesSchema = z.object(seriesEditableFields).partial().strict();
export type SeriesChanges = z.infer<typeof seriesChangesSchema>;
/** What a series may change once made: its end (earlier: "this and all following" split it) and its task. */
export const seriesMutableFields = ['endDate', 'task'] as const;
