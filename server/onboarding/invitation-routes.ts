import { Hono } from 'hono';
import { AppError } from '../../shared/errors/errors';
import { type InvitationInfo, invitationTokenSchema, setPasswordRequestSchema } from '../../shared/onboarding/schemas';
import type { AppEnv } from '../http/context';
import { type BodyLimits, jsonBody } from '../http/validate';
import { usableInvitation } from './invitations';
import { setSessionCookie } from '../auth/start-session';
import { setPasswordByInvitation } from './set-password';

const PASSWORD_LIMITS: BodyLimits = { maxBytes: 4096, maxDepth: 2, maxItems: 4 };

/** A token of the wrong shape was never one of ours: the same answer as an unknown one. */
function tokenOf(raw: string): string {
  if (!invitationTokenSchema.safeParse(raw).success)
    throw new AppError('invitation_not_found', 'This invitation link does not exist');
  return raw;
}

/** The invited person's side: public, the token is the credential (256 random bits, only its hash stored). */
export const invitationRoutes = new Hono<AppEnv>()
  .get('/:token', async (c) => {
    const { db, clock } = c.get('deps');
    const found = await usableInvitation(db, tokenOf(c.req.param('token')), clock());
    const info: InvitationInfo = { displayName: found.displayName, associationName: found.associationName };
    return c.json(info);
  })
  .post('/:token', jsonBody(setPasswordRequestSchema, PASSWORD_LIMITS), async (c) => {
    const { db, dialect, clock, sessionDays } = c.get('deps');
    const token = tokenOf(c.req.param('token'));
    const { password } = c.req.valid('json');
    const done = await setPasswordByInvitation({ db, dialect, token, password, now: clock(), sessionDays });
    setSessionCookie(c, done.token, done.expiresAt);
    return c.json({ user: done.user });
  });
