import { z } from 'zod';
import { roleSchema } from '../capabilities/role-schema';
import { idSchema } from '../ids/ids';
import { textSchema } from '../text/text';

/** Fields every synced row carries: server revision and server-stamped change time. */
export const syncedFields = {
  id: idSchema,
  rev: z.number().int().nonnegative(),
  updatedAt: z.iso.datetime(),
};

export const countrySchema = z.enum(['DE', 'AT']);

export const municipalitySchema = z.object({
  ...syncedFields,
  name: textSchema(120).min(1),
  country: countrySchema,
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const siteKinds = ['town_hall', 'citizen_office', 'school', 'archive', 'depot', 'other'] as const;
export const siteSchema = z.object({
  ...syncedFields,
  municipalityId: idSchema,
  name: textSchema(160).min(1),
  kind: z.enum(siteKinds),
  street: textSchema(160),
  postalCode: textSchema(10),
  city: textSchema(120),
});
export type Site = z.infer<typeof siteSchema>;

export const serviceTypeSchema = z.object({
  ...syncedFields,
  code: textSchema(40).min(1),
  name: textSchema(120).min(1),
  hourlyRateCents: z.number().int().nonnegative(),
});
export type ServiceType = z.infer<typeof serviceTypeSchema>;

/** What members of an association see of each other: no e-mail, no password data. */
export const personSchema = z.object({
  ...syncedFields,
  displayName: textSchema(120).min(1),
  roles: z.array(roleSchema),
  skills: z.array(textSchema(60)),
  active: z.boolean(),
});
export type Person = z.infer<typeof personSchema>;
