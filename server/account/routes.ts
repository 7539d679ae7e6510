import { Hono } from 'hono';
import { changePasswordSchema } from '../../shared/account/schemas';
import { AppError } from '../../shared/errors/errors';
import { exportQuerySchema } from '../../shared/privacy/export';
import { writeAudit } from '../audit/write';
import { hashSlots } from '../auth/hash-slots';
import { isCommonPassword } from '../auth/common-passwords';
import { requireUser } from '../auth/middleware';
import { hashPassword, verifyPassword } from '../auth/password';
import { claimAttempt, clearAttempts, PAIR_RULE } from '../auth/throttle';
import type { AppEnv } from '../http/context';
import { type BodyLimits, jsonBody, parseQuery } from '../http/validate';
import { collectExport } from '../privacy/export-sources';
import { sendExport } from '../privacy/send-export';

/** Two passwords fit in a few hundred bytes. */
const PASSWORD_LIMITS: BodyLimits = { maxBytes: 4096, maxDepth: 2, maxItems: 8 };

/** The handle a person sees for a session: enough to tell rows apart, useless as a key. */
const handleOf = (sessionId: string): string => sessionId.slice(0, 12);

const wrongPassword = () =>
  new AppError('validation_failed', 'The current password is wrong', [
    { path: 'currentPassword', code: 'wrong_password', message: 'The current password is wrong' },
  ]);

/** My account (issue 15, point 3): every signed-in person, about themselves only. */
export const accountRoutes = new Hono<AppEnv>()
  .use(requireUser)
  .get('/sessions', async (c) => {
    const user = c.get('user');
    const now = c.get('deps').clock().toISOString();
    const rows = await c
      .get('deps')
      .db.selectFrom('sessions')
      .select(['id', 'createdAt', 'lastSeenAt'])
      .where('personId', '=', user.id)
      .where('associationId', '=', user.associationId)
      .where('expiresAt', '>', now)
      .orderBy('lastSeenAt', 'desc')
      .execute();
    const current = c.get('sessionId');
    return c.json({
      sessions: rows.map((r) => ({
        id: handleOf(r.id),
        createdAt: r.createdAt,
        lastSeenAt: r.lastSeenAt,
        current: r.id === current,
      })),
    });
  })
  .post('/sessions/end-others', async (c) => {
    const user = c.get('user');
    const result = await c
      .get('deps')
      .db.deleteFrom('sessions')
      .where('personId', '=', user.id)
      .where('id', '!=', c.get('sessionId'))
      .executeTakeFirst();
    return c.json({ ended: Number(result.numDeletedRows) });
  })
  .post('/password', jsonBody(changePasswordSchema, PASSWORD_LIMITS), async (c) => {
    const { db, clock } = c.get('deps');
    const user = c.get('user');
    const { currentPassword, newPassword } = c.req.valid('json');
    if (isCommonPassword(newPassword))
      throw new AppError('password_too_common', 'This password is too common', [
        { path: 'newPassword', code: 'password_too_common', message: 'This password is on a list of common passwords' },
      ]);
    // A stolen session must not become a way to guess the password: tries are counted as for logins.
    const key = `pwchange:${user.id}`;
    const wait = await claimAttempt(db, key, PAIR_RULE, clock().getTime());
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      throw new AppError('too_many_requests', `Too many attempts; try again in ${Math.ceil(wait / 60)} min`);
    }
    const row = await db.selectFrom('people').select('passwordHash').where('id', '=', user.id).executeTakeFirst();
    const hash = row?.passwordHash;
    const ok = hash ? await hashSlots.run(() => verifyPassword(currentPassword, hash)) : false;
    if (!ok) throw wrongPassword();
    await clearAttempts(db, key);
    const newHash = await hashSlots.run(() => hashPassword(newPassword));
    const now = clock();
    await db.transaction().execute(async (trx) => {
      // Only over the hash just verified: of two changes at once, the second finds it gone and is refused.
      const changed = await trx
        .updateTable('people')
        .set({ passwordHash: newHash })
        .where('id', '=', user.id)
        .where('passwordHash', '=', hash ?? '')
        .executeTakeFirst();
      if (Number(changed.numUpdatedRows) !== 1) throw wrongPassword();
      // Whoever knew the old password is signed out everywhere but here.
      await trx.deleteFrom('sessions').where('personId', '=', user.id).where('id', '!=', c.get('sessionId')).execute();
      await writeAudit(trx, [
        {
          associationId: user.associationId,
          actorId: user.id,
          action: 'person.change-password',
          tableName: 'people',
          rowId: user.id,
          at: now,
        },
      ]);
    });
    return c.json({ ok: true as const });
  })
  .get('/export', async (c) => {
    const { db, clock } = c.get('deps');
    const user = c.get('user');
    const { format } = parseQuery(c, exportQuerySchema);
    const doc = await collectExport(db, { associationId: user.associationId, personId: user.id }, clock());
    return sendExport(c, doc, format, 'meine-daten');
  });
