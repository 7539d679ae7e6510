import { z } from 'zod';
import { idSchema } from '../ids/ids';
import { syncedFields } from '../masterdata/schemas';
import { textSchema } from '../text/text';
import { timeOfDaySchema } from '../time-entries/schema';

/** A training area of the occupation ("Bürgerservice", "Haushalt"), named as the association's plan names it. */
export const trainingAreaSchema = textSchema(80).pipe(z.string().trim().min(1));
export const trainingAreasSchema = z.array(trainingAreaSchema).max(30);

/**
 * One station of an apprentice's rotation (issue 18): at a municipality's department from one date to
 * another (both inclusive), starting at `startTime` on the first day, with a mentor and a deputy.
 */
export const stationEditableFields = {
  apprenticeId: idSchema,
  municipalityId: idSchema,
  department: textSchema(120),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  startTime: timeOfDaySchema,
  mentorId: idSchema,
  deputyId: idSchema.nullable(),
  trainingAreas: trainingAreasSchema,
};
export type StationInput = z.infer<z.ZodObject<typeof stationEditableFields>>;
export const stationSchema = z.object({ ...syncedFields, ...stationEditableFields });
export type Station = z.infer<typeof stationSchema>;

/** An apprentice's plan: the training areas the stations must cover together. */
export const planEditableFields = {
  apprenticeId: idSchema,
  trainingAreas: trainingAreasSchema,
};
export type PlanInput = z.infer<z.ZodObject<typeof planEditableFields>>;
export const planSchema = z.object({ ...syncedFields, ...planEditableFields });
export type RotationPlan = z.infer<typeof planSchema>;
