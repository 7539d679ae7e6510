import { personProfileRecord } from '../../shared/people/record';
import type { PersonProfile, PersonProfileChanges, PersonProfileInput } from '../../shared/people/schema';
import type { LocalDb } from '../db/local-db';
import { localWriter } from '../sync/local-write';
import { trustedNow } from '../sync/server-clock';
import { personProfileRows } from './profile-rows';

const writes = localWriter(personProfileRecord, personProfileRows);

/** A new person's details and the create in the outbox, in one transaction; the server adds the public row. */
export function createPersonProfile(
  db: LocalDb,
  input: PersonProfileInput,
  now = trustedNow(),
): Promise<PersonProfile> {
  return writes.create(db, { ...input, rev: 0, updatedAt: now.toISOString() }, now);
}

/** Changes to a person's details; only fields that really changed are sent, each with the value seen. */
export function updatePersonProfile(
  db: LocalDb,
  id: string,
  changes: PersonProfileChanges,
  now = trustedNow(),
): Promise<PersonProfile> {
  return writes.update(db, id, changes, now);
}
