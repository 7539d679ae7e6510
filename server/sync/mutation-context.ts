import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import type { Issue } from '../../shared/errors/errors';
import type { MutationResult } from '../../shared/sync/protocol';
import type { DB } from '../db/schema';

export type MutationContext = { trx: Kysely<DB>; user: SessionUser; now: Date };
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
export async function assertExists(trx: Kysely<DB>, table: 'municipalities' | 'sites' | 'serviceTypes' | 'assignments', id: string, associationId: string): Promise<void> {
  const row = await trx.selectFrom(table).select('id').where('id', '=', id).where('associationId', '=', associationId).where('deleted', '=', 0).executeTakeFirst();
  if (!row) throw new Rejection('unknown_reference', `Unknown ${table} ${id}`);
}

/** A site must lie in the municipality the hours or the assignment are booked to. */
export async function assertSiteIn(trx: Kysely<DB>, siteId: string, municipalityId: string, associationId: string): Promise<void> {
  const site = await trx.selectFrom('sites').select('municipalityId').where('id', '=', siteId).where('associationId', '=', associationId).where('deleted', '=', 0).executeTakeFirst();
  if (!site) throw new Rejection('unknown_reference', `Unknown site ${siteId}`);
  if (site.municipalityId !== municipalityId) throw new Rejection('site_not_in_municipality', 'The site belongs to another municipality');
}

/** True for a unique-key violation on SQLite or PostgreSQL (two devices racing with one id). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
