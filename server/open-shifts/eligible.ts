import type { Kysely } from 'kysely';
import { can, type Role } from '../../shared/capabilities/capabilities';
import type { DB } from '../db/schema';

/** Whether a person's skills include every skill asked for. */
export const holdsSkills = (held: readonly string[], needed: readonly string[]): boolean =>
  needed.every((s) => held.includes(s));

/** Active people who work assignments themselves and hold every skill: who may see and claim a shift. */
export async function eligiblePeople(
  trx: Kysely<DB>,
  associationId: string,
  skills: readonly string[],
): Promise<string[]> {
  const people = await trx
    .selectFrom('people')
    .select(['id', 'roles', 'skills'])
    .where('associationId', '=', associationId)
    .where('active', '=', 1)
    .where('deleted', '=', 0)
    .execute();
  return people
    .filter((p) => can({ roles: JSON.parse(p.roles) as Role[] }, 'assignments.work-own'))
    .filter((p) => holdsSkills(JSON.parse(p.skills) as string[], skills))
    .map((p) => p.id)
    .sort();
}
