import type { Issue } from '../../shared/errors/errors';
import { checkCoordinates, checkStateOfCountry } from '../../shared/masterdata/row-checks';
import {
  type Municipality,
  municipalitySchema,
  type ServiceType,
  type Site,
  serviceTypeSchema,
  siteSchema,
} from '../../shared/masterdata/schemas';
import type { MutationContext } from '../sync/mutation-context';
import { adminWrites } from './admin-writes';
import { municipalityFields, serviceTypeFields, siteFields } from './fields';
import { firstReferrer } from './in-use';

const inUse = (path: string, what: string, by: string): Issue => ({
  path,
  code: 'still_in_use',
  message: `The ${what} is still used by ${by}`,
});

export const municipalityWrites = adminWrites<Municipality>({
  table: 'municipalities',
  fields: municipalityFields,
  row: municipalitySchema,
  check: async (_ctx, row) => checkStateOfCountry(row),
  unique: { column: 'name', label: 'municipality' },
  inUse: async (ctx, row) => {
    const by = await firstReferrer(
      ctx,
      [
        { table: 'sites', column: 'municipalityId' },
        { table: 'assignments', column: 'municipalityId' },
        { table: 'timeEntries', column: 'municipalityId' },
        { table: 'people', column: 'municipalityId' },
        { table: 'rotationStations', column: 'municipalityId' },
        { table: 'coverRequests', column: 'municipalityId' },
        { table: 'closureDays', column: 'municipalityId' },
      ],
      row.id,
    );
    return by ? inUse('id', 'municipality', by) : null;
  },
});

/** Assignments and hours name a site together with its municipality: a site in use stays where it is. */
const siteReferrers = [
  { table: 'assignments', column: 'siteId' },
  { table: 'timeEntries', column: 'siteId' },
  { table: 'coverRequests', column: 'siteId' },
] as const;

async function checkSite(ctx: MutationContext, row: Site, changed: readonly string[]): Promise<Issue[]> {
  const issues = checkCoordinates(row);
  if (changed.includes('municipalityId')) {
    // Scoped to the association: another association's municipality looks unknown, a deleted one too.
    if (!(await ctx.rows.live('municipalities', row.municipalityId)))
      issues.push({ path: 'municipalityId', code: 'unknown_reference', message: 'Unknown municipality' });
    else if (row.rev > 0 && (await firstReferrer(ctx, siteReferrers, row.id)))
      issues.push(inUse('municipalityId', 'site', 'assignments or hours of its municipality'));
  }
  return issues;
}

export const siteWrites = adminWrites<Site>({
  table: 'sites',
  fields: siteFields,
  row: siteSchema,
  check: checkSite,
  inUse: async (ctx, row) => {
    const by = await firstReferrer(ctx, siteReferrers, row.id);
    return by ? inUse('id', 'site', by) : null;
  },
});

export const serviceTypeWrites = adminWrites<ServiceType>({
  table: 'serviceTypes',
  fields: serviceTypeFields,
  row: serviceTypeSchema,
  check: async () => [],
  unique: { column: 'code', label: 'service type' },
  inUse: async (ctx, row) => {
    const by = await firstReferrer(
      ctx,
      [
        { table: 'assignments', column: 'serviceTypeId' },
        { table: 'timeEntries', column: 'serviceTypeId' },
        { table: 'coverRequests', column: 'serviceTypeId' },
      ],
      row.id,
    );
    return by ? inUse('id', 'service type', by) : null;
  },
});
