import type { Issue } from '../errors/errors';
import type { AssociationSettings } from './association-settings';
import { isStateOf } from './regions';
import type { Municipality, Site } from './schemas';

const issue = (path: string, code: string, message: string): Issue => ({ path, code, message });

/**
 * Rules across fields, checked on a row's whole new state (an update may change one field of the pair):
 * by the form before saving, by the device's local write and by the server's mutator alike.
 */
export function checkStateOfCountry(row: Pick<Municipality | AssociationSettings, 'country' | 'state'>): Issue[] {
  return isStateOf(row.country, row.state)
    ? []
    : [issue('state', 'state_not_in_country', `${row.state} is not a state of ${row.country}`)];
}

/** Coordinates come as a pair or not at all. */
export function checkCoordinates(row: Pick<Site, 'latitude' | 'longitude'>): Issue[] {
  if ((row.latitude === null) === (row.longitude === null)) return [];
  const missing = row.latitude === null ? 'latitude' : 'longitude';
  return [issue(missing, 'coordinates_incomplete', 'Latitude and longitude go together')];
}
