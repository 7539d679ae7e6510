import { hash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: the secret in the link. Only its hash is stored. */
export const newInvitationToken = (): string => randomBytes(32).toString('base64url');

export const invitationHashOf = (token: string): string => hash('sha256', token, 'base64url');
