import { z } from 'zod';
import { idSchema } from '../ids/ids';
import { syncedFields } from '../masterdata/schemas';
import { textSchema } from '../text/text';

export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
export const timeEntryStates = ['draft', 'submitted'] as const;
export const timeEntryStateSchema = z.enum(timeEntryStates);

/** Fields a person edits; person, revision and server stamps are not among them. */
export const timeEntryEditableFields = {
  date: z.iso.date(),
  start: timeOfDaySchema,
  end: timeOfDaySchema,
  breakMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  municipalityId: idSchema,
  siteId: idSchema.nullable(),
  serviceTypeId: idSchema,
  assignmentId: idSchema.nullable(),
  note: textSchema(2000),
  state: timeEntryStateSchema,
};
export type TimeEntryField = keyof typeof timeEntryEditableFields;

export const timeEntrySchema = z.object({
  ...syncedFields,
  personId: idSchema,
  ...timeEntryEditableFields,
});
export type TimeEntry = z.infer<typeof timeEntrySchema>;

export const timeEntryInputSchema = z.object({ id: idSchema, ...timeEntryEditableFields }).strict();
export type TimeEntryInput = z.infer<typeof timeEntryInputSchema>;

export const timeEntryChangesSchema = z.object(timeEntryEditableFields).partial().strict();
export type TimeEntryChanges = z.infer<typeof timeEntryChangesSchema>;
