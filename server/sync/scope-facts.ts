import { hash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import { todayIn } from '../../shared/time/dates';
import { readCache } from '../db/cache/read-cache';
import type { DB } from '../db/schema';
import { serverRecords } from './registry';
import type { ScopeFacts } from './scope';

type Station = { apprenticeId: string; startsOn: string; endsOn: string };
/** What the database says about a reader; which stations last today is decided per pull. */
type Stored = {
  municipalityIds: string[];
  stations: Station[];
  today?: { date: string; facts: ScopeFacts; key: string };
};

// Every pull needs these; kept in memory until people or stations are written (server/db/cache/table-versions.ts).
const factsCache = (db: Kysely<DB>) => readCache<string, Stored>(db, 'scope-facts', ['people', 'rotation_stations']);

/**
 * The read scopes of every record type as the code defines them: a release that changes who reads what
 * (planners now read profiles, say) changes every key, so devices pull again what they may now see.
 */
const scopeRules = () => JSON.stringify(Object.entries(serverRecords).map(([table, r]) => [table, r.read]));

/** A short name for what the reader may see: it changes exactly when their scopes' inputs change. */
export const scopeKeyOf = (f: ScopeFacts): string =>
  hash(
    'sha256',
    JSON.stringify([
      scopeRules(),
      [...f.user.capabilities].sort(),
      f.user.associationId,
      [...f.municipalityIds].sort(),
      [...f.menteeIds].sort(),
    ]),
    'base64url',
  ).slice(0, 22);

function factsFor(user: SessionUser, stored: Stored, now: Date): { facts: ScopeFacts; key: string } {
  const date = todayIn(user.timeZone, now);
  // The user object is the session's, replaced when people change; so is this memo, with the cache entry.
  if (stored.today?.date === date && stored.today.facts.user === user) return stored.today;
  const menteeIds = [
    ...new Set(stored.stations.filter((s) => s.startsOn <= date && date <= s.endsOn).map((s) => s.apprenticeId)),
  ];
  const facts: ScopeFacts = { user, municipalityIds: stored.municipalityIds, menteeIds };
  stored.today = { date, facts, key: scopeKeyOf(facts) };
  return stored.today;
}

/** The reader's scope facts when memory holds them (synchronous, for the no-op pull); else undefined. */
export function cachedScopeFacts(
  db: Kysely<DB>,
  user: SessionUser,
  now: Date,
): { facts: ScopeFacts; key: string } | undefined {
  const stored = factsCache(db)?.get(user.id);
  return stored ? factsFor(user, stored, now) : undefined;
}

export async function scopeFacts(
  db: Kysely<DB>,
  user: SessionUser,
  now: Date,
): Promise<{ facts: ScopeFacts; key: string }> {
  const cache = factsCache(db);
  const cached = cache?.get(user.id);
  if (cached) return factsFor(user, cached, now);
  const stamp = cache?.stamp();
  const [person, stations] = await Promise.all([
    db.selectFrom('people').select('municipalityId').where('id', '=', user.id).executeTakeFirst(),
    db
      .selectFrom('rotationStations')
      .select(['apprenticeId', 'startsOn', 'endsOn'])
      .where('mentorId', '=', user.id)
      .where('associationId', '=', user.associationId)
      .where('deleted', '=', 0)
      .execute(),
  ]);
  const stored: Stored = { municipalityIds: person?.municipalityId ? [person.municipalityId] : [], stations };
  if (stamp !== undefined) cache?.set(user.id, stored, stamp);
  return factsFor(user, stored, now);
}
