import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors/errors';
import { idSchema } from '../../shared/ids/ids';
import type { DB } from '../db/schema';

/**
 * The person `id` of the caller's association; 404 otherwise, so another association's admin cannot
 * even learn whether an id exists.
 */
export async function personOfAssociation(trx: Kysely<DB>, associationId: string, id: string) {
  const person =
    idSchema.safeParse(id).success &&
    (await trx
      .selectFrom('people')
      .select(['id', 'displayName', 'email', 'active', 'passwordHash', 'rev'])
      .where('id', '=', id)
      .where('associationId', '=', associationId)
      .where('deleted', '=', 0)
      .executeTakeFirst());
  if (!person) throw new AppError('not_found', 'No such person in this association');
  return person;
}
