import { z } from 'zod';
import { passwordSchema } from '../auth/schemas';
import { sessionUserSchema } from '../auth/schemas';

/** 32 random bytes in base64url: 43 characters; anything else cannot be a token of ours. */
export const invitationTokenSchema = z.string().regex(/^[\w-]{43}$/);

/** The invited person's form and the server check the same rule (length; the server also the common list). */
export const setPasswordRequestSchema = z.object({ password: passwordSchema });
export type SetPasswordRequest = z.infer<typeof setPasswordRequestSchema>;

/** What an invitation link tells whoever holds it: whose it is and for which association, nothing more. */
export const invitationInfoSchema = z.object({ displayName: z.string(), associationName: z.string() });
export type InvitationInfo = z.infer<typeof invitationInfoSchema>;

export const invitationCreatedSchema = z.object({
  link: z.string(),
  expiresAt: z.string(),
  /** Whether the link also went out by e-mail (SMTP_URL set). */
  mailed: z.boolean(),
});
export type InvitationCreated = z.infer<typeof invitationCreatedSchema>;

export const passwordSetResponseSchema = z.object({ user: sessionUserSchema });

/** An administrator's view of a person's access, for the invite panel. */
export const personAccessSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  active: z.boolean(),
  hasPassword: z.boolean(),
  /** Expiry of the open invitation, if one is open. */
  openInvitationExpiresAt: z.string().nullable(),
});
export type PersonAccess = z.infer<typeof personAccessSchema>;

export const INVITATION_DAYS = 7;
