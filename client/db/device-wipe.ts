import Dexie from 'dexie';
import { dbNameFor } from './local-db';

const PREFIX = dbNameFor('');

/**
 * Deletes every other person's local database, so a phone passed to someone else keeps nothing of
 * the one before: not their rows, not their unsent changes (the login page warns about those first).
 * `known` names databases to delete even where the browser cannot list them.
 */
export async function removeOtherPeoplesData(keepPersonId: string, known: readonly string[] = []): Promise<string[]> {
  const others = await otherPeoplesData(keepPersonId, known);
  for (const name of others) await Dexie.delete(name);
  return others;
}

/** Names of the local databases of anyone but `keepPersonId` (plus `known` ones the browser cannot list). */
export async function otherPeoplesData(keepPersonId: string, known: readonly string[] = []): Promise<string[]> {
  const keep = dbNameFor(keepPersonId);
  const listed = await Dexie.getDatabaseNames().catch(() => [] as string[]);
  return [...new Set([...listed, ...known])].filter((name) => name.startsWith(PREFIX) && name !== keep);
}
