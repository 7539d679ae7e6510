import { z } from 'zod';
import { textSchema } from '../text/text';
import { defaultLawPack, lawPacks } from '../working-time/packs';
import { countrySchema, stateSchema, syncedFields } from './schemas';

/** A zone of the IANA database (`Europe/Vienna`); offsets and abbreviations are not zones. */
export function isTimeZone(tz: string): boolean {
  if (!/^(UTC|[A-Z][A-Za-z_-]+(\/[A-Za-z0-9_+-]+)+)$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
export const timeZoneSchema = z.string().max(60).refine(isTimeZone, 'unknown time zone');

export { lawPacks };
export const approvalPeriods = ['week', 'month'] as const;

/** The association's own settings; one row per association, its id the association's. */
export const associationSettingsEditableFields = {
  name: textSchema(160).min(2),
  country: countrySchema,
  state: stateSchema,
  timeZone: timeZoneSchema,
  lawPack: z.enum(lawPacks),
  approvalPeriod: z.enum(approvalPeriods),
  /** Who answers accessibility feedback (EU 2016/2102): an address or a phone, as published. */
  accessibilityContact: textSchema(200),
};
export const associationSettingsSchema = z.object({ ...syncedFields, ...associationSettingsEditableFields });
export type AssociationSettings = z.infer<typeof associationSettingsSchema>;

export { defaultLawPack };
