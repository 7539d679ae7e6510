import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import type { Issue } from '../../shared/errors/errors';
import type { MutationResult } from '../../shared/sync/protocol';
import type { DB } from '../db/schema';
import { reserveRevs } from './revisions';
import type { RowStore } from './row-store';

export type MutationContext = {
  trx: Kysely<DB>;
  user: SessionUser;
  now: Date;
  /** The next revision for a changed row; revisions are reserved in blocks per transaction. */
  nextRev: () => Promise<number>;
  /** The push's rows: mutators read and write here, the push writes them to the database at its end. */
  rows: RowStore;
};

/** Hands out revisions from blocks reserved on the tenant's counter; unused ones leave harmless gaps. */
export function revAllocator(trx: Kysely<DB>, associationId: string, blockSize: number): () => Promise<number> {
  let next = 0;
  let end = -1;
  return async () => {
    if (next > end) {
      next = await reserveRevs(trx, associationId, blockSize);
      end = next + blockSize - 1;
    }
    return next++;
  };
}
export type Outcome = Omit<MutationResult, 'mutationId'>;

/** A mutation that can never succeed as sent; it is acknowledged with this reason, never retried. */
export class Rejection extends Error {
  readonly code: string;
  readonly row: MutationResult['row'];
  readonly details: Issue[] | undefined;
  constructor(code: string, message: string, row: MutationResult['row'] = null, details?: Issue[]) {
    super(message);
    this.code = code;
    this.row = row;
    this.details = details;
  }
}

/** Checks that referenced master data exists in the user's association and is not deleted. */
export async function assertExists(
  ctx: MutationContext,
  table: 'municipalities' | 'serviceTypes',
  id: string,
): Promise<void> {
  if (!(await ctx.rows.live(table, id))) throw new Rejection('unknown_reference', `Unknown ${table} ${id}`);
}

/** A site must lie in the municipality the hours or the assignment are booked to. */
export async function assertSiteIn(ctx: MutationContext, siteId: string, municipalityId: string): Promise<void> {
  const site = await ctx.rows.live('sites', siteId);
  if (!site) throw new Rejection('unknown_reference', `Unknown site ${siteId}`);
  if (site.municipalityId !== municipalityId)
    throw new Rejection('site_not_in_municipality', 'The site belongs to another municipality');
}
