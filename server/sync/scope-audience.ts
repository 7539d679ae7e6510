import type { Kysely } from 'kysely';
import { type Capability, can } from '../../shared/capabilities/capabilities';
import type { Role } from '../../shared/capabilities/capabilities';
import { dateIn } from '../../shared/time/dates';
import type { DB } from '../db/schema';
import type { Scope } from './scope';

const holds = (roles: string, capability: Capability) => can({ roles: JSON.parse(roles) as Role[] }, capability);

/**
 * The people who read a row through the branches of a scope that name people (not those who read
 * the whole table). Only asked when a row changes, to find who must drop it.
 */
export async function audienceOf(
  trx: Kysely<DB>,
  associationId: string,
  s: Scope,
  row: Record<string, unknown>,
  now: Date,
): Promise<Set<string>> {
  const out = new Set<string>();
  const value = (column: string) => (typeof row[column] === 'string' ? (row[column] as string) : null);
  switch (s.kind) {
    case 'own': {
      const id = value(s.column);
      if (id) out.add(id);
      break;
    }
    case 'municipality': {
      const m = value(s.column);
      if (!m) break;
      const contacts = await trx
        .selectFrom('people')
        .select(['id', 'roles'])
        .where('associationId', '=', associationId)
        .where('municipalityId', '=', m)
        .execute();
      for (const p of contacts) if (holds(p.roles, s.capability)) out.add(p.id);
      break;
    }
    case 'mentees': {
      const apprentice = value(s.column);
      if (!apprentice) break;
      const tz = await trx
        .selectFrom('associations')
        .select('timeZone')
        .where('id', '=', associationId)
        .executeTakeFirst();
      const today = dateIn(tz?.timeZone ?? 'UTC', now);
      const mentors = await trx
        .selectFrom('rotationStations as s')
        .innerJoin('people as p', 'p.id', 's.mentorId')
        .select(['p.id', 'p.roles'])
        .where('s.apprenticeId', '=', apprentice)
        .where('s.associationId', '=', associationId)
        .where('s.deleted', '=', 0)
        .where('s.startsOn', '<=', today)
        .where('s.endsOn', '>=', today)
        .execute();
      for (const p of mentors) if (holds(p.roles, s.capability)) out.add(p.id);
      break;
    }
    case 'named': {
      const author = value(s.author);
      if (author) out.add(author);
      const names = row[s.names];
      if (Array.isArray(names)) for (const n of names) if (typeof n === 'string') out.add(n);
      break;
    }
    case 'anyOf':
      for (const part of s.scopes) for (const p of await audienceOf(trx, associationId, part, row, now)) out.add(p);
      break;
    default:
      break;
  }
  return out;
}
