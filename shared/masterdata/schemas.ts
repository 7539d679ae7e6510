import { z } from 'zod';
import { roleSchema } from '../capabilities/role-schema';
import { idSchema } from '../ids/ids';
import { textSchema } from '../text/text';
import { stateCodes } from './regions';

/** Fields every synced row carries: server revision and server-stamped change time. */
export const syncedFields = {
  id: idSchema,
  rev: z.number().int().nonnegative(),
  updatedAt: z.iso.datetime(),
};

export const countrySchema = z.enum(['DE', 'AT']);
export type Country = z.infer<typeof countrySchema>;

/** ISO 3166-2 code of a state; which ones belong to which country is checked on the whole row (regions.ts). */
export const stateSchema = z.enum(stateCodes);
/** Empty, or an e-mail address: contact details are optional. */
const optionalEmail = z.union([z.literal(''), z.email().max(200)]);
const phoneSchema = z
  .string()
  .max(40)
  .regex(/^[0-9+()/ .-]*$/, 'expected a phone number');

/** Fields an administrator edits (`association.manage`); revision and server stamps are not among them. */
export const municipalityEditableFields = {
  name: textSchema(120).min(1),
  country: countrySchema,
  state: stateSchema,
  street: textSchema(160),
  postalCode: textSchema(10),
  city: textSchema(120),
  /** Cost centre or budget line the municipality's finance system books the charges to. */
  costCentre: textSchema(60),
  contactName: textSchema(120),
  contactEmail: optionalEmail,
  contactPhone: phoneSchema,
};
export const municipalitySchema = z.object({ ...syncedFields, ...municipalityEditableFields });
export type Municipality = z.infer<typeof municipalitySchema>;

export const siteKinds = ['town_hall', 'citizen_office', 'school', 'archive', 'depot', 'other'] as const;
export const siteEditableFields = {
  municipalityId: idSchema,
  name: textSchema(160).min(1),
  kind: z.enum(siteKinds),
  street: textSchema(160),
  postalCode: textSchema(10),
  city: textSchema(120),
  /** Optional, for travel estimates later; never a person's location. */
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
};
export const siteSchema = z.object({ ...syncedFields, ...siteEditableFields });
export type Site = z.infer<typeof siteSchema>;

export const billingUnits = ['hour', 'quarter_hour', 'day'] as const;
/** A cost rate above 1,000 EUR an hour is a typo (cents typed as euros), not a rate. */
export const MAX_RATE_CENTS = 100_000;
export const serviceTypeEditableFields = {
  code: textSchema(40).min(1),
  name: textSchema(120).min(1),
  /** A cost rate without margin (IKZ services are charged at cost). */
  hourlyRateCents: z.number().int().min(0).max(MAX_RATE_CENTS),
  billingUnit: z.enum(billingUnits),
};
export const serviceTypeSchema = z.object({ ...syncedFields, ...serviceTypeEditableFields });
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
