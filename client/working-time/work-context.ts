import { associationCountry } from '../../shared/time-entries/day-checks';
import type { Country } from '../../shared/masterdata/schemas';
import { defaultLawPack } from '../../shared/working-time/packs';
import type { WorkContext } from '../../shared/working-time/types';
import type { LocalDb } from '../db/local-db';

/**
 * What the device knows for a person's working-time check: the association's zone and law pack from its
 * settings and the date of birth from the profile, where they have reached the device. Before that, the
 * user's zone and the country's default pack, and the adult pack. No holidays yet: devices get none.
 */
export async function workContextOf(
  db: LocalDb,
  personId: string,
  fallback: { timeZone: string; municipalities: readonly { country: Country }[] },
): Promise<WorkContext> {
  const [settings, profile] = await Promise.all([
    db.associationSettings.toCollection().first(),
    db.personProfiles.get(personId),
  ]);
  return {
    timeZone: settings?.timeZone ?? fallback.timeZone,
    adultPack: settings?.lawPack ?? defaultLawPack(associationCountry(fallback.municipalities) ?? 'DE'),
    dateOfBirth: profile?.dateOfBirth ?? null,
  };
}
