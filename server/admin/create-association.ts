import type { Kysely } from 'kysely';
import { passwordSchema } from '../../shared/auth/schemas';
import { AppError, issuesFromZod } from '../../shared/errors/errors';
import { newId } from '../../shared/ids/ids';
import { timeZoneSchema } from '../../shared/masterdata/association-settings';
import { hashPassword } from '../auth/password';
import type { DB } from '../db/schema';
import { settingsRowFor } from '../masterdata/settings-row';
import { fallbackStateOf } from '../../shared/masterdata/regions';
import { profileOfPerson } from '../people/fields';
import { z } from 'zod';

export const newAssociationSchema = z.object({
  associationName: z.string().min(2).max(160),
  timeZone: timeZoneSchema,
  country: z.enum(['DE', 'AT']),
  adminEmail: z.email(),
  adminName: z.string().min(1).max(120),
  password: passwordSchema,
});
export type NewAssociation = z.infer<typeof newAssociationSchema>;

/** Creates an association with its first administrator: how a real deployment starts. */
export async function createAssociation(
  db: Kysely<DB>,
  input: NewAssociation,
  now: Date,
): Promise<{ associationId: string; adminId: string }> {
  const parsed = newAssociationSchema.safeParse(input);
  if (!parsed.success) throw new AppError('validation_failed', 'Invalid input', issuesFromZod(parsed.error));
  const v = parsed.data;
  const email = v.adminEmail.toLowerCase();
  const taken = await db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirst();
  if (taken) throw new AppError('conflict', `An account with ${email} exists already`);
  const associationId = newId();
  const adminId = newId();
  const stamp = now.toISOString();
  const passwordHash = await hashPassword(v.password);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('associations')
      .values({
        id: associationId,
        name: v.associationName,
        timeZone: v.timeZone,
        country: v.country,
        createdAt: stamp,
      })
      .execute();
    await trx.insertInto('syncState').values({ associationId, rev: 2 }).execute();
    // The settings every member reads (synced); the administrator completes them under Verwaltung.
    await trx
      .insertInto('associationSettings')
      .values(
        settingsRowFor({
          id: associationId,
          name: v.associationName,
          timeZone: v.timeZone,
          country: v.country,
          state: fallbackStateOf[v.country],
          rev: 2,
          updatedAt: stamp,
        }),
      )
      .execute();
    await trx
      .insertInto('people')
      .values({
        id: adminId,
        associationId,
        rev: 1,
        deleted: 0,
        updatedAt: stamp,
        email,
        displayName: v.adminName,
        roles: JSON.stringify(['admin']),
        skills: '[]',
        passwordHash,
        active: 1,
        createdAt: stamp,
      })
      .execute();
    const admin = { displayName: v.adminName, email, roles: JSON.stringify(['admin']), skills: '[]' };
    await trx
      .insertInto('personProfiles')
      .values({ id: adminId, associationId, rev: 2, deleted: 0, updatedAt: stamp, ...profileOfPerson(admin) })
      .execute();
  });
  return { associationId, adminId };
}
