import { z } from 'zod';
import { roleSchema } from '../capabilities/role-schema';
import { idSchema } from '../ids/ids';
import { syncedFields } from '../masterdata/schemas';
import { textSchema } from '../text/text';

/** 60 hours a week: more is a typing mistake, not a contract. */
export const MAX_WEEKLY_TARGET_MINUTES = 60 * 60;

const optionalDate = z.iso.date().nullable();

/**
 * What an administrator keeps about a person. `active` is not here: deactivating is an
 * administrative act of its own (onboarding), not a field edit.
 */
export const personProfileEditableFields = {
  displayName: textSchema(120).trim().min(1),
  // Login is by e-mail, compared in lower case (server/auth/routes.ts): stored as it is compared.
  email: z.email().max(254).toLowerCase(),
  roles: z.array(roleSchema).max(6),
  skills: z.array(textSchema(60).trim().min(1)).max(40),
  /** For municipality contacts: the municipality they speak for. */
  municipalityId: idSchema.nullable(),
  employingBody: textSchema(160),
  weeklyTargetMinutes: z.number().int().min(0).max(MAX_WEEKLY_TARGET_MINUTES),
  activeFrom: optionalDate,
  activeTo: optionalDate,
  /** Apprentices: the minors' rules apply until the 18th birthday. */
  dateOfBirth: optionalDate,
  trainingOccupation: textSchema(160),
  trainingFrom: optionalDate,
  trainingTo: optionalDate,
};
export type PersonProfileField = keyof typeof personProfileEditableFields;

export const personProfileSchema = z.object({ ...syncedFields, ...personProfileEditableFields });
export type PersonProfile = z.infer<typeof personProfileSchema>;

export const personProfileInputSchema = z.object({ id: idSchema, ...personProfileEditableFields }).strict();
export type PersonProfileInput = z.infer<typeof personProfileInputSchema>;
export type PersonProfileChanges = Partial<z.infer<z.ZodObject<typeof personProfileEditableFields>>>;
