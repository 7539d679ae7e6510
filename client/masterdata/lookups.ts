import type { Accessor } from 'solid-js';
import type { ClosureDay } from '../../shared/holidays/schema';
import type { Municipality, ServiceType, Site } from '../../shared/masterdata/schemas';
import type { LocalDb } from '../db/local-db';
import { createLiveQuery } from '../db/live';

export type Lookups = {
  municipalities: Accessor<Municipality[]>;
  sites: Accessor<Site[]>;
  serviceTypes: Accessor<ServiceType[]>;
  /** The association's closure days, latest first. */
  closureDays: Accessor<ClosureDay[]>;
  municipality: (id: string | null | undefined) => Municipality | undefined;
  site: (id: string | null | undefined) => Site | undefined;
  serviceType: (id: string | null | undefined) => ServiceType | undefined;
};

const byName = <T extends { name: string }>(rows: T[]): T[] =>
  [...rows].sort((a, b) => a.name.localeCompare(b.name, 'de'));

/** Master data is small (tens of rows): kept whole in memory and looked up by id. */
export function createLookups(db: LocalDb): Lookups {
  const municipalities = createLiveQuery(async () => byName(await db.municipalities.toArray()), []);
  const sites = createLiveQuery(async () => byName(await db.sites.toArray()), []);
  const serviceTypes = createLiveQuery(async () => byName(await db.serviceTypes.toArray()), []);
  const closureDays = createLiveQuery(async () => (await db.closureDays.orderBy('date').toArray()).reverse(), []);
  const find =
    <T extends { id: string }>(rows: Accessor<T[]>) =>
    (id: string | null | undefined) =>
      id ? rows().find((r) => r.id === id) : undefined;
  return {
    municipalities,
    sites,
    serviceTypes,
    closureDays,
    municipality: find(municipalities),
    site: find(sites),
    serviceType: find(serviceTypes),
  };
}

export const siteAddress = (s: Site): string =>
  [s.street, [s.postalCode, s.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
