import { Hono } from 'hono';
import type { PersonAccess } from '../../shared/onboarding/schemas';
import { AppError } from '../../shared/errors/errors';
import { writeAudit } from '../audit/write';
import { requireCapability, requireUser } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import { requestHost } from '../http/same-origin';
import { tenantWriteTransaction } from '../sync/write-path';
import { deactivatePerson, reactivatePerson } from './deactivate';
import { createInvitation } from './invitations';
import { personOfAssociation } from './person-of-association';
import { publicOrigin } from './public-origin';

/** An administrator's acts on a person's access: invite (or send a new link), deactivate, reactivate. */
// Per route, not `.use()`: another capability mounts its own routes under /admin/people as well.
const manage = requireCapability('association.manage');

export const onboardingAdminRoutes = new Hono<AppEnv>()
  .get('/:id/access', requireUser, manage, async (c) => {
    const { db, clock } = c.get('deps');
    const person = await personOfAssociation(db, c.get('user').associationId, c.req.param('id'));
    const open = await db
      .selectFrom('invitations')
      .select('expiresAt')
      .where('personId', '=', person.id)
      .where('usedAt', 'is', null)
      .where('revokedAt', 'is', null)
      .where('expiresAt', '>', clock().toISOString())
      .orderBy('expiresAt', 'desc')
      .executeTakeFirst();
    const access: PersonAccess = {
      id: person.id,
      displayName: person.displayName,
      email: person.email,
      active: person.active === 1,
      hasPassword: person.passwordHash !== null,
      openInvitationExpiresAt: open?.expiresAt ?? null,
    };
    return c.json(access);
  })
  .post('/:id/invitation', requireUser, manage, async (c) => {
    const { db, dialect, clock, mailer, trustProxy } = c.get('deps');
    const user = c.get('user');
    const now = clock();
    const made = await tenantWriteTransaction(db, dialect, user.associationId, async (trx) => {
      const person = await personOfAssociation(trx, user.associationId, c.req.param('id'));
      if (person.active !== 1) throw new AppError('conflict', 'Reactivate the person before inviting them');
      const invitation = await createInvitation(trx, {
        associationId: user.associationId,
        personId: person.id,
        createdBy: user.id,
        now,
      });
      await writeAudit(trx, [
        {
          associationId: user.associationId,
          actorId: user.id,
          action: 'person.invite',
          tableName: 'people',
          rowId: person.id,
          after: { expiresAt: invitation.expiresAt.toISOString(), superseded: invitation.superseded },
          at: now,
        },
      ]);
      return { person, ...invitation };
    });
    const link = `${publicOrigin(c, requestHost(c, trustProxy))}/einladung/${made.token}`;
    let mailed = false;
    if (mailer) {
      // After the commit: a slow or failing mail server neither holds the write lock nor undoes the link.
      try {
        await mailer.sendInvitation({
          to: made.person.email,
          displayName: made.person.displayName,
          associationName: user.associationName,
          link,
          expiresAt: made.expiresAt,
        });
        mailed = true;
      } catch (err) {
        console.error('Sending the invitation e-mail failed:', err);
      }
    }
    return c.json({ link, expiresAt: made.expiresAt.toISOString(), mailed }, 201);
  })
  .post('/:id/deactivate', requireUser, manage, async (c) => {
    const { db, dialect, clock, onChange } = c.get('deps');
    const user = c.get('user');
    const act = { db, dialect, associationId: user.associationId, actorId: user.id, personId: c.req.param('id') };
    if (await deactivatePerson({ ...act, now: clock() })) onChange?.(user.associationId);
    return c.json({ active: false });
  })
  .post('/:id/reactivate', requireUser, manage, async (c) => {
    const { db, dialect, clock, onChange } = c.get('deps');
    const user = c.get('user');
    const act = { db, dialect, associationId: user.associationId, actorId: user.id, personId: c.req.param('id') };
    if (await reactivatePerson({ ...act, now: clock() })) onChange?.(user.associationId);
    return c.json({ active: true });
  });
