import { z } from 'zod';
import { idSchema } from '../ids/ids';
import { syncedFields } from '../masterdata/schemas';
import { textSchema } from '../text/text';

export const closureParts = ['whole', 'half'] as const;

/**
 * A day the association closes an office of its own accord (Christmas Eve afternoon, a company outing):
 * for one municipality, or for all of them when `municipalityId` is null. Public holidays come from the
 * holiday library instead (server/working-time/public-holidays.ts).
 */
export const closureDayEditableFields = {
  date: z.iso.date(),
  municipalityId: idSchema.nullable(),
  part: z.enum(closureParts),
  name: textSchema(120).min(1),
};
export const closureDaySchema = z.object({ ...syncedFields, ...closureDayEditableFields });
export type ClosureDay = z.infer<typeof closureDaySchema>;
export type ClosureDayInput = z.infer<z.ZodObject<typeof closureDayEditableFields>>;

/** At most two years (and a leap day) per request: this year and next, as the device keeps them. */
export const MAX_HOLIDAY_RANGE_DAYS = 731;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** `GET /api/holidays?from=&to=`: both dates inclusive. */
export const holidaysQuerySchema = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .strict()
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'The end lies before the start' })
  .refine((q) => dayNumber(q.to) - dayNumber(q.from) < MAX_HOLIDAY_RANGE_DAYS, {
    path: ['to'],
    message: `At most ${MAX_HOLIDAY_RANGE_DAYS} days at once`,
  });
export type HolidaysQuery = z.infer<typeof holidaysQuerySchema>;

/** One public holiday of one municipality (its country's and state's). */
export const municipalityHolidaySchema = z.object({ municipalityId: idSchema, date: z.iso.date(), name: z.string() });
export type MunicipalityHoliday = z.infer<typeof municipalityHolidaySchema>;

export const holidaysResponseSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  holidays: z.array(municipalityHolidaySchema),
  /** The municipalities (and their country and state) the answer was computed for: a device asking
   * before its own list is complete stores the answer only if the lists agree. Absent from older servers. */
  places: z.array(z.object({ municipalityId: idSchema, country: z.string(), state: z.string().nullable() })).optional(),
});
export type HolidaysResponse = z.infer<typeof holidaysResponseSchema>;
