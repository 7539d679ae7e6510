import type { PersonAccess } from '../../shared/onboarding/schemas';
import { OfflineError } from '../api/http';
import type { LocalDb } from '../db/local-db';

/** What the access section can show: the access, or why not yet (both end with a later sync). */
export type AccessState = { kind: 'ready'; access: PersonAccess } | { kind: 'unsynced' } | { kind: 'offline' };

/** Whether the person's create still waits in this device's outbox: the server does not know them yet. */
export async function createPending(db: LocalDb, personId: string): Promise<boolean> {
  const queued = await db.outbox.where('rowId').equals(personId).toArray();
  return queued.some((e) => e.name === 'personProfile.create');
}

/**
 * The person's access as the server has it. A person created on this device and not sent yet is
 * "unsynced", not a failure: the section says it waits and asks again after the next sync.
 */
export async function loadAccess(
  db: LocalDb,
  personId: string,
  fetchAccess: (id: string) => Promise<PersonAccess>,
): Promise<AccessState> {
  if (await createPending(db, personId)) return { kind: 'unsynced' };
  try {
    return { kind: 'ready', access: await fetchAccess(personId) };
  } catch (err) {
    if (err instanceof OfflineError) return { kind: 'offline' };
    throw err;
  }
}
