import { z } from 'zod';
import { roleSchema } from '../capabilities/capabilities';
import { idSchema } from '../ids/ids';

/** Fields every synced row carries: server revision and server-stamped change time. */
export const syncedFields = {
  id: idSchema,
  rev: z.number().int().nonnegative(),
  updatedAt: z.iso.datetime(),
};

export const countrySchema = z.enum(['DE', 'AT']);

export const municipalitySchema = z.object({
  ...syncedFields,
  name: z.string().min(1).max(120),
  country: countrySchema,
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const siteKinds = ['town_hall', 'citizen_office', 'school', 'archive', 'depot', 'other'] as const;
export const siteSchema = z.object({
  ...syncedFields,
  municipalityId: idSchema,
  name: z.string().min(1).max(160),
  kind: z.enum(siteKinds),
  street: z.string().max(160),
  postalCode: z.string().max(10),
  city: z.string().max(120),
});
export type Site = z.infer<typeof siteSchema>;

export const serviceTypeSchema = z.object({
  ...syncedFields,
  code: z.string().min(1).max(40),
  name: z.string().min(1).max(120),
  hourlyRateCents: z.number().int().nonnegative(),
});
export type ServiceType = z.infer<typeof serviceTypeSchema>;

/** What members of an association see of each other: no e-mail, no password data. */
export const personSchema = z.object({
  ...syncedFields,
  displayName: z.string().min(1).max(120),
  roles: z.array(roleSchema),
  skills: z.array(z.string().max(60)),
  active: z.boolean(),
});
export type Person = z.infer<typeof personSchema>;
