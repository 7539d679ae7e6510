import Dexie from 'dexie';
import { dbNameFor } from './local-db';

const PREFIX = dbNameFor('');

/**
 * Deletes every other person's local database, so a phone passed to someone else keeps nothing of
 * the one before: not their rows, not their unsent changes (the login page warns about those first).
 * `known` names databases to delete even where the browser cannot list them.
 */
export async function removeOtherPeoplesData(keepPersonId: string, known: readonly string[] = []): Promise<string[]> {
  const keep = dbNameFor(keepPersonId);
  const listed = await Dexie.getDatabaseNames().catch(() => [] as string[]);
  const others = [...new Set([...listed, ...known])].filter((name) => name.startsWith(PREFIX) && name !== keep);
  for (const name of others) await Dexie.delete(name);
  return others;
}
