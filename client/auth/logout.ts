import type { LocalDb } from '../db/local-db';
import { requestLogout } from './auth-api';
import { endSession } from './session';

export type LogoutDeps = {
  db: LocalDb;
  syncNow: () => Promise<void>;
  stopSync: () => void;
  /** Asked only when changes would be lost; resolves true to go ahead. */
  confirmLoss: (pending: number) => Promise<boolean>;
};

/**
 * Sends what is waiting first; only if something still could not be sent is the person asked.
 * The local database is deleted last, so a cancelled logout loses nothing.
 */
export async function logout({ db, syncNow, stopSync, confirmLoss }: LogoutDeps): Promise<boolean> {
  await syncNow();
  const pending = await db.outbox.count();
  if (pending > 0 && !(await confirmLoss(pending))) return false;
  stopSync();
  await requestLogout();
  await db.delete();
  endSession();
  return true;
}
