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
