import { z } from 'zod';
import { idSchema } from '../ids/ids';
import { syncedFields } from '../masterdata/schemas';
import { textSchema } from '../text/text';
import { timeOfDaySchema } from '../time-entries/schema';

/** `school`: vocational-school days of apprentices, which count as training time. */
export const absenceKinds = ['leave', 'sickness', 'training', 'school', 'other'] as const;
export const absenceKindSchema = z.enum(absenceKinds);
export type AbsenceKind = z.infer<typeof absenceKindSchema>;

export const absenceStatuses = ['requested', 'approved', 'declined', 'cancelled'] as const;
export const absenceStatusSchema = z.enum(absenceStatuses);
export type AbsenceStatus = z.infer<typeof absenceStatusSchema>;

/**
 * What everyone in the association may know of an absence: who, from when to when, and whether it
 * stands. Whole days have no times; a part day has both (start on `from`, end on `to`).
 */
export const absenceEditableFields = {
  personId: idSchema,
  from: z.iso.date(),
  to: z.iso.date(),
  startTime: timeOfDaySchema.nullable(),
  endTime: timeOfDaySchema.nullable(),
  status: absenceStatusSchema,
};
export type AbsenceField = keyof typeof absenceEditableFields;

export const absenceSchema = z.object({
  ...syncedFields,
  ...absenceEditableFields,
  /** Stamped by the server when the status is decided (approved, declined, cancelled): who and when. */
  decidedBy: idSchema.nullable(),
  decidedAt: z.iso.datetime().nullable(),
});
export type Absence = z.infer<typeof absenceSchema>;
export type AbsenceInput = z.infer<z.ZodObject<typeof absenceEditableFields>>;

/**
 * The kind and the note of an absence (id = the absence's): a sickness and its details are for
 * planners and the person only, so they are a record type of their own with a narrower read scope.
 */
export const absenceDetailEditableFields = {
  kind: absenceKindSchema,
  note: textSchema(2000),
};
export const absenceDetailSchema = z.object({
  ...syncedFields,
  /** The absence's person, copied by the server: the read scope names it. */
  personId: idSchema,
  ...absenceDetailEditableFields,
});
export type AbsenceDetail = z.infer<typeof absenceDetailSchema>;
export type AbsenceDetailInput = z.infer<z.ZodObject<typeof absenceDetailEditableFields>>;
