import type { SessionUser } from '../../shared/auth/schemas';
import type { ConflictRecord, LocalDb } from '../db/local-db';
import { clientRecords } from './registry';

/**
 * "Keep mine": the local row already shows theirs, so mine is written again as a new local
 * change (with its own outbox entry) on top of it, as its type says (client/sync/registry.ts).
 * Then the conflict is done. Returns the id of the row that holds mine.
 */
export async function keepMine(db: LocalDb, user: SessionUser, c: ConflictRecord): Promise<string> {
  const rowId = await clientRecords[c.table].conflict.keepMine(db, user, c);
  await db.conflicts.delete(c.rowId);
  return rowId;
}

/**
 * "Edit": start from my version (or theirs, when mine was a delete) and open it in its form,
 * so the person can combine both before it goes out. Returns the route to open.
 */
export async function editAfterConflict(db: LocalDb, user: SessionUser, c: ConflictRecord): Promise<string> {
  const { route } = clientRecords[c.table].conflict;
  if (c.mine === null) {
    await takeTheirs(db, c);
    return route(c.rowId);
  }
  return route(await keepMine(db, user, c));
}

/** "Take theirs": the row already holds their version; only the notice goes. */
export async function takeTheirs(db: LocalDb, c: ConflictRecord): Promise<void> {
  await db.conflicts.delete(c.rowId);
}

/** Fields to show side by side: the conflicting ones, or everything when one side is gone. */
export function comparedFields(c: ConflictRecord, all: readonly string[]): string[] {
  if (c.fields.length > 0) return c.fields;
  const present = c.mine ?? c.theirs ?? {};
  return all.filter((f) => f in present);
}
